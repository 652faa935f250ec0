package dev.lashing.dockerfile.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import dev.lashing.core.fix.Applicability;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.Fix;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Context;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;

/** {@code apt-get install} without {@code --no-install-recommends}, which pulls in packages nobody asked for. */
@Rule(
        id = "SH003",
        name = "apt-install-recommends",
        summary = "apt-get install without --no-install-recommends",
        severity = Severity.WARNING,
        practices = {"P14"},
        aliases = {"DL3015", "DS-0029", "DS029"},
        references = {"https://docs.docker.com/build/building/best-practices/#apt-get"},
        fix = FixAvailability.SOMETIMES)
public final class AptInstallRecommends implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        boolean configured = false;
        for (DockerfileContext.RunScript run : context.runScripts()) {
            String line = run.run().syntax().line().text();
            if (line.contains("Install-Recommends") && (line.contains("false") || line.contains("\"0\""))) {
                configured = true;
            }
            if (configured) {
                continue;
            }
            for (Command c : run.script().commandsNamed("apt-get", "apt")) {
                List<Word> pos = Apt.positional(c);
                if (pos.isEmpty() || !pos.get(0).text().equals("install") || c.hasFlag("--no-install-recommends")
                        || Apt.disables(c, "APT::Install-Recommends")) {
                    continue;
                }
                Word install = pos.get(0);
                String message = c.simpleName().orElse("apt-get") + " install without --no-install-recommends also "
                        + "installs every recommended package: more size, more attack surface";
                if (run.shell() && c.context() != Context.SHELL_C && install.isStatic()
                        && install.raw().equals("install")) {
                    findings.report(install.range(), message, Fix.of("Add --no-install-recommends",
                            Applicability.UNSAFE, Edit.insert(install.range().end(), " --no-install-recommends")));
                } else {
                    findings.report(install.range(), message);
                }
            }
        }
    }
}
