package dev.lashing.dockerfile.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import dev.lashing.core.fix.Applicability;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.Fix;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.dockerfile.syntax.LogicalText;
import dev.lashing.dockerfile.syntax.Mount;
import dev.lashing.dockerfile.syntax.ShellForm;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Optional;

/** {@code apt-get update} in a shipped stage whose RUN leaves the package lists in the layer. */
@Rule(
        id = "SH004",
        name = "apt-lists-not-removed",
        summary = "apt-get update without removing /var/lib/apt/lists in the same RUN",
        severity = Severity.WARNING,
        practices = {"P14"},
        aliases = {"DL3009", "DKL-DI-0005"},
        references = {"https://docs.docker.com/build/building/best-practices/#apt-get"},
        fix = FixAvailability.SOMETIMES)
public final class AptListsNotRemoved implements DockerfileRule {
    private static final String CLEANUP = " && rm -rf /var/lib/apt/lists/*";

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            if (run.stage().isEmpty() || !context.model().isShipped(run.stage().get()) || cacheMounted(run.run().mounts())) {
                continue;
            }
            Optional<Command> update = run.script().commandsNamed("apt-get", "apt").stream()
                    .filter(c -> verb(c).equals("update")).findFirst();
            if (update.isEmpty() || removesLists(run.script().commands())) {
                continue;
            }
            String message = "apt-get update leaves the package lists (tens of MB) in this layer; remove "
                    + "/var/lib/apt/lists/* in the same RUN, or use a cache mount "
                    + "(--mount=type=cache,target=/var/lib/apt/lists)";
            Optional<Integer> end = appendPoint(run);
            if (end.isPresent()) {
                findings.report(update.get().range(), message, Fix.of("Remove the apt lists at the end of the RUN",
                        Applicability.UNSAFE, Edit.insert(end.get(), CLEANUP)));
            } else {
                findings.report(update.get().range(), message);
            }
        }
    }

    private static String verb(Command c) {
        List<Word> pos = Apt.positional(c);
        return pos.isEmpty() ? "" : pos.get(0).text();
    }

    private static boolean cacheMounted(List<Mount> mounts) {
        for (Mount m : mounts) {
            String target = stripSlashes(m.target().orElse(""));
            if (m.keepsContentOutOfLayer() && (target.equals("/var/lib/apt/lists") || target.equals("/var/lib/apt"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean removesLists(List<Command> commands) {
        for (Command c : commands) {
            if (c.isNamed("rm")) {
                for (Word w : c.args()) {
                    String path = stripSlashes(w.text());
                    if (path.startsWith("/var/lib/apt/lists") || path.equals("/var/lib/apt")) {
                        return true;
                    }
                }
            }
            if (c.isNamed("apt-get", "apt") && (verb(c).equals("dist-clean") || verb(c).equals("distclean"))) {
                return true;
            }
        }
        return false;
    }

    private static String stripSlashes(String path) {
        int end = path.length();
        while (end > 1 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

    /** Where {@code && rm ...} can go: after the last character of a plain, well-formed shell-form RUN. */
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
