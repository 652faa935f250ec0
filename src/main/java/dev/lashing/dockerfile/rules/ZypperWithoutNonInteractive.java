package dev.lashing.dockerfile.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import dev.lashing.core.fix.Applicability;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.Fix;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Optional;

/** A zypper command that changes packages without {@code -n}/{@code --non-interactive}: it prompts in a build. */
@Rule(
        id = "SH032",
        name = "zypper-without-non-interactive",
        summary = "zypper install, remove, source-install or patch without -n (--non-interactive)",
        severity = Severity.WARNING,
        practices = {"P26"},
        aliases = {"DL3034"},
        references = {"https://en.opensuse.org/SDB:Zypper_manual"},
        fix = FixAvailability.SOMETIMES)
public final class ZypperWithoutNonInteractive implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            for (Command c : run.script().commandsNamed(RpmManagers.ZYPPER)) {
                Optional<Word> verb = RpmManagers.verbWord(c);
                if (verb.isEmpty() || !RpmManagers.ZYPPER_CHANGING_VERBS.contains(verb.get().text())
                        || RpmManagers.nonInteractive(c)) {
                    continue;
                }
                String message = "zypper " + verb.get().text() + " without -n (--non-interactive) asks questions "
                        + "that a build cannot answer; write zypper -n " + verb.get().text();
                if (RpmManagers.editable(run, c, c.name())) {
                    findings.report(verb.get().range(), message, Fix.of("Add -n (--non-interactive)",
                            Applicability.UNSAFE, Edit.insert(c.name().range().end(), " -n")));
                } else {
                    findings.report(verb.get().range(), message);
                }
            }
        }
    }
}
