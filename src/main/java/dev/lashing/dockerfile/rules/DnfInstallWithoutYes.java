package dev.lashing.dockerfile.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** {@code dnf install} without {@code -y}: the prompt gets no answer in a build, and the build fails. */
@Rule(
        id = "SH031",
        name = "dnf-install-without-yes",
        summary = "dnf install, groupinstall or localinstall without -y",
        severity = Severity.WARNING,
        practices = {"P26"},
        aliases = {"DL3038"},
        references = {"https://dnf.readthedocs.io/en/latest/command_ref.html"},
        fix = FixAvailability.SOMETIMES)
public final class DnfInstallWithoutYes implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        RpmManagers.checkAssumeYes(context, findings, RpmManagers.DNF_PROMPTING);
    }
}
