package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Context;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;

/** {@code cd} in a RUN to set the directory for the commands after it, where WORKDIR says it plainly. */
@Rule(
        id = "SH005",
        name = "cd-in-run",
        summary = "cd used in RUN to change directory for later commands; use WORKDIR",
        severity = Severity.WARNING,
        practices = {"P26"},
        aliases = {"DL3003", "DS-0013", "DS013"},
        references = {"https://docs.docker.com/build/building/best-practices/#workdir"})
public final class CdInRun implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            List<Command> commands = run.script().commands();
            for (int i = 0; i < commands.size(); i++) {
                Command c = commands.get(i);
                if (!c.isNamed("cd") || c.context() != Context.TOP || c.wrapper().isPresent()) {
                    continue;
                }
                boolean followed = false;
                for (int j = i + 1; j < commands.size(); j++) {
                    if (commands.get(j).context() == Context.TOP) {
                        followed = true;
                        break;
                    }
                }
                if (followed) {
                    findings.report(c.range(), "cd changes the directory only for the rest of this RUN, which hides "
                            + "where the commands run; set it with WORKDIR (or keep the cd inside a subshell)");
                }
            }
        }
    }
}
