package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Context;
import dev.lashing.dockerfile.shell.Pipeline;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Set;

/** A RUN pipeline whose earlier commands can fail unnoticed, because pipefail is not set. */
@Rule(
        id = "SH006",
        name = "pipe-without-pipefail",
        summary = "Pipe in RUN without pipefail: a failing command before the pipe is ignored",
        severity = Severity.WARNING,
        practices = {"P26"},
        aliases = {"DL4006"},
        references = {"https://docs.docker.com/reference/build-checks/", "https://github.com/hadolint/hadolint/wiki/DL4006"})
public final class PipeWithoutPipefail implements DockerfileRule {
    /** Commands that cannot fail in a way anyone cares about. */
    private static final Set<String> HARMLESS = Set.of("echo", "printf", "yes", "true", "cat");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            if (!run.shell() || run.stage().map(s -> s.shellAt(run.run()).hasPipefail()).orElse(false)) {
                continue;
            }
            int pipefailAt = Integer.MAX_VALUE;
            for (Command c : run.script().commands()) {
                if (c.context() == Context.TOP && c.isNamed("set") && setsPipefail(c)) {
                    pipefailAt = Math.min(pipefailAt, c.range().start());
                }
            }
            for (Pipeline p : run.script().pipelines()) {
                if (p.commands().isEmpty() || p.commands().get(0).context() != Context.TOP
                        || p.range().start() > pipefailAt || harmless(p)) {
                    continue;
                }
                findings.report(p.range(), "only the last command's status counts in a pipe, so a failure of "
                        + p.commands().get(0).simpleName().orElse("the first command") + " goes unnoticed; set "
                        + "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before this RUN, or start it with "
                        + "`set -o pipefail &&` where the shell supports it");
            }
        }
    }

    private static boolean harmless(Pipeline p) {
        for (int i = 0; i < p.commands().size() - 1; i++) {
            Command c = p.commands().get(i);
            if (!(c.simpleName().filter(HARMLESS::contains).isPresent() && (!c.isNamed("cat") || c.args().isEmpty()))) {
                return false;
            }
        }
        return true;
    }

    /** {@code set -o pipefail}, {@code set -euo pipefail}, {@code set -eo pipefail}... */
    private static boolean setsPipefail(Command set) {
        boolean expectName = false;
        for (Word w : set.args()) {
            String a = w.text();
            if (expectName && a.equals("pipefail")) {
                return true;
            }
            expectName = a.startsWith("-") && !a.startsWith("--") && a.endsWith("o");
        }
        return false;
    }
}
