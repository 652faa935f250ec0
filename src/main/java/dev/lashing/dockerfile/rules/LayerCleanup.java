package dev.lashing.dockerfile.rules;

import dev.lashing.dockerfile.syntax.LogicalText;
import dev.lashing.dockerfile.syntax.Mount;
import dev.lashing.dockerfile.syntax.ShellForm;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What cache-cleanup rules share: cache mounts that keep a directory out of the layer, and where to append a cleanup. */
final class LayerCleanup {
    private LayerCleanup() {}

    /** True when a cache or tmpfs mount targets one of {@code targets} (trailing slashes ignored). */
    static boolean cacheMounted(List<Mount> mounts, Set<String> targets) {
        for (Mount m : mounts) {
            if (m.keepsContentOutOfLayer() && targets.contains(stripSlashes(m.target().orElse("")))) {
                return true;
            }
        }
        return false;
    }

    /** {@code path} without trailing slashes ({@code /} stays {@code /}). */
    static String stripSlashes(String path) {
        int end = path.length();
        while (end > 1 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

    /** Where {@code && cleanup} can go: after the last character of a plain, well-formed shell-form RUN. */
    static Optional<Integer> appendPoint(DockerfileContext.RunScript run) {
        if (!run.shell() || run.script().hasErrors() || !run.run().syntax().heredocs().isEmpty()
                || !(run.run().command() instanceof ShellForm form)) {
            return Optional.empty();
        }
        LogicalText text = form.text();
        int last = text.length() - 1;
        while (last >= 0 && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        if (last < 0 || ";&|\\`".indexOf(text.charAt(last)) >= 0 || text.text().contains("#")) {
            return Optional.empty();
        }
        return Optional.of(text.sourceOffset(last) + 1);
    }
}
