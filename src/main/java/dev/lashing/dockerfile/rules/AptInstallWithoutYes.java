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

/** {@code apt-get install} that may stop at the "Do you want to continue?" prompt a build cannot answer. */
@Rule(
        id = "SH010",
        name = "apt-install-without-yes",
        summary = "apt-get install without -y, which aborts at the confirmation prompt",
        severity = Severity.WARNING,
        practices = {"P26"},
        aliases = {"DL3014", "DS-0021", "DS021"},
        references = {"https://manpages.debian.org/stable/apt/apt-get.8.en.html"},
        fix = FixAvailability.SOMETIMES)
public final class AptInstallWithoutYes implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        boolean configured = false;
        for (DockerfileContext.RunScript run : context.runScripts()) {
            String line = run.run().syntax().line().text();
            if (line.contains("Assume-Yes") && line.contains("true") && line.contains("apt.conf")) {
                configured = true;
            }
            if (configured) {
                continue;
            }
            for (Command c : run.script().commandsNamed("apt-get", "apt")) {
                List<Word> pos = Apt.positional(c);
                if (pos.isEmpty() || !pos.get(0).text().equals("install") || Apt.assumesYes(c)) {
                    continue;
                }
                Word install = pos.get(0);
                String message = c.simpleName().orElse("apt-get") + " install without -y asks \"Do you want to "
                        + "continue?\" whenever it must add dependencies, and a build cannot answer: the step "
                        + "aborts; add -y (or -qq)";
                if (run.shell() && c.context() != Context.SHELL_C && install.isStatic()
                        && install.raw().equals("install")) {
                    findings.report(install.range(), message, Fix.of("Add -y", Applicability.UNSAFE,
                            Edit.insert(install.range().end(), " -y")));
                } else {
                    findings.report(install.range(), message);
                }
            }
        }
    }
}
