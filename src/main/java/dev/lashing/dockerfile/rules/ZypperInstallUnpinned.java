package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** {@code zypper install} of a package that names no version. Opt-in: pinned versions vanish from the repositories and break builds. */
@Rule(
        id = "SH039",
        name = "zypper-install-unpinned",
        summary = "zypper install of a package without a version",
        severity = Severity.WARNING,
        practices = {"P10"},
        aliases = {"DL3037"},
        references = {"https://en.opensuse.org/SDB:Zypper_manual"},
        enabledByDefault = false)
public final class ZypperInstallUnpinned implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        RpmManagers.checkPins(context, findings, RpmManagers.ZYPPER);
    }
}
