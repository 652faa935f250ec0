package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Sourced;

/** The container's /proc and /sys paths are left unmasked. */
@Rule(
        id = "RT029",
        name = "container-proc-unmasked",
        summary = "Container's /proc is unmasked (systempaths=unconfined, procMount: Unmasked, Unmask=)",
        severity = Severity.WARNING,
        practices = {"P56"},
        aliases = {"KSV-0027", "KSV027", "unsafe-proc-mount", "procMount"},
        references = {"https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"})
public final class ProcUnmasked implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Sourced<Boolean> unmasked = spec.unmaskedPaths();
        if (!spec.privileged().is(false) || unmasked.isUnresolved() || !unmasked.is(true)) {
            return;
        }
        findings.report(unmasked, "the container sees /proc and /sys unmasked (" + Spelling.written(unmasked,
                "unmasked") + "): paths such as /proc/kcore, /proc/sysrq-trigger and /sys/firmware, which the runtime "
                + "normally hides or makes read-only, leak host information or control the host; keep them masked ("
                + Spelling.of(spec.kind()).procMasked() + ")");
    }
}
