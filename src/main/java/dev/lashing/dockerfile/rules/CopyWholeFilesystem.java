package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.syntax.Copy;
import dev.lashing.dockerfile.syntax.Token;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Optional;

/** {@code COPY --from=x / /}: the whole filesystem of another stage or image copied over this one. */
@Rule(
        id = "DF023",
        name = "copy-whole-filesystem",
        summary = "COPY --from copies a whole filesystem (/ to /)",
        severity = Severity.WARNING,
        practices = {"P07", "P26"},
        aliases = {"DL3067"},
        references = {"https://docs.docker.com/build/building/multi-stage/"})
public final class CopyWholeFilesystem implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (Copy copy : context.all(Copy.class)) {
            if (copy.from().isEmpty() || !isRoot(context, copy, copy.destination())) {
                continue;
            }
            Optional<Token> root = copy.sources().stream().filter(s -> isRoot(context, copy, s)).findFirst();
            if (root.isPresent()) {
                findings.report(root.get().range(), "COPY --from=" + copy.from().get().valueOrEmpty() + " / / copies "
                        + "the whole filesystem of that stage or image, build tools and caches included, over this "
                        + "one; copy only the files the image needs (or build FROM that stage)");
            }
        }
    }

    private static boolean isRoot(DockerfileContext context, Copy copy, Token word) {
        return context.expand(copy, word.text()).resolvedValue().map(v -> v.equals("/")).orElse(false);
    }
}
