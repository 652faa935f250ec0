package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** {@code wget} without a flag that tames its progress bar, which floods build logs. */
@Rule(
        id = "SH051",
        name = "wget-without-progress",
        summary = "wget without --progress, -q, -nv, -o or -a floods the build log",
        severity = Severity.INFO,
        practices = {"P26"},
        aliases = {"DL3047"})
public final class WgetWithoutProgress implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            for (Command c : run.script().commandsNamed("wget")) {
                if (c.args().isEmpty() || c.hasFlag("--progress", "-q", "--quiet", "-nv", "--no-verbose", "-o",
                        "--output-file", "-a", "--append-output", "--help", "-h", "--version", "-V")
                        || optionsFromVariable(c)) {
                    continue;
                }
                findings.report(c.name().range(), "wget without --progress=dot:giga, -q or -nv prints a progress "
                        + "bar line by line into the build log (megabytes for a large download); add "
                        + "--progress=dot:giga (GNU wget) or -q (also BusyBox)");
            }
        }
    }

    /** {@code wget $OPTS $URL}: a variable before the last argument may hold the flags. */
    private static boolean optionsFromVariable(Command c) {
        for (Word w : c.args().subList(0, c.args().size() - 1)) {
            if (!w.isStatic() && (w.raw().startsWith("$") || w.raw().startsWith("-"))) {
                return true;
            }
        }
        return false;
    }
}
