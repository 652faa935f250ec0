package dev.lashing.dockerfile.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.fix.Applicability;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.Fix;
import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Context;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Optional;

/** {@code useradd} with a large UID and without {@code -l}, which bloats the image with a sparse lastlog. */
@Rule(
        id = "SH054",
        name = "useradd-large-uid-without-no-log-init",
        summary = "useradd with a UID of 6+ digits and without -l/--no-log-init bloats the image",
        severity = Severity.WARNING,
        practices = {"P31"},
        aliases = {"DL3046"},
        references = {"https://github.com/moby/moby/issues/5419"},
        fix = FixAvailability.SOMETIMES)
public final class UseraddLargeUidWithoutNoLogInit implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            for (Command c : run.script().commandsNamed("useradd")) {
                Optional<Word> uid = c.flagValue("-u", "--uid");
                if (uid.isEmpty() || c.hasFlag("-l", "--no-log-init")) {
                    continue;
                }
                Optional<String> value = uid.get().isStatic() ? Optional.of(uid.get().text())
                        : context.expand(run.run(), uid.get().raw()).resolvedValue();
                if (value.isEmpty() || value.get().length() <= 5 || !value.get().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String message = "useradd -u " + value.get() + " without -l (--no-log-init) writes the user into "
                        + "/var/log/lastlog and faillog at an offset proportional to the UID: a sparse file that "
                        + "image layers store in full (hundreds of MB or more); add -l";
                if (run.shell() && c.context() != Context.SHELL_C && c.name().isStatic()) {
                    findings.report(uid.get().range(), message, Fix.of("Add -l (--no-log-init)",
                            Applicability.UNSAFE, Edit.insert(c.name().range().end(), " -l")));
                } else {
                    findings.report(uid.get().range(), message);
                }
            }
        }
    }
}
