package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** {@code dnf}/{@code microdnf install} of a package that names no version. Opt-in: pinned versions vanish from the repositories and break builds. */
@Rule(
        id = "SH038",
        name = "dnf-install-unpinned",
        summary = "dnf or microdnf install of a package without a version",
        severity = Severity.WARNING,
        practices = {"P10"},
        aliases = {"DL3041"},
        references = {"https://dnf.readthedocs.io/en/latest/command_ref.html"},
        enabledByDefault = false)
public final class DnfInstallUnpinned implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        RpmManagers.checkPins(context, findings, RpmManagers.DNF);
    }
}
