package dev.lashing.dockerfile.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** {@code yum install} without {@code -y}: the prompt gets no answer in a build, and the build fails. */
@Rule(
        id = "SH030",
        name = "yum-install-without-yes",
        summary = "yum install, groupinstall or localinstall without -y",
        severity = Severity.WARNING,
        practices = {"P26"},
        aliases = {"DL3030"},
        references = {"https://man7.org/linux/man-pages/man8/yum.8.html"},
        fix = FixAvailability.SOMETIMES)
public final class YumInstallWithoutYes implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        RpmManagers.checkAssumeYes(context, findings, RpmManagers.YUM);
    }
}
