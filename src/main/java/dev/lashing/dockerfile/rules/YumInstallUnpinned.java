package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** {@code yum install} of a package that names no version. Opt-in: pinned versions vanish from the repositories and break builds. */
@Rule(
        id = "SH037",
        name = "yum-install-unpinned",
        summary = "yum install of a package without a version",
        severity = Severity.WARNING,
        practices = {"P10"},
        aliases = {"DL3033"},
        references = {"https://man7.org/linux/man-pages/man8/yum.8.html"},
        enabledByDefault = false)
public final class YumInstallUnpinned implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        RpmManagers.checkPins(context, findings, RpmManagers.YUM);
    }
}
