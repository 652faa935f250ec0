package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Sourced;

/** The container's SELinux separation is switched off. */
@Rule(
        id = "RT028",
        name = "container-selinux-disabled",
        summary = "Container's SELinux separation switched off (label=disable, SecurityLabelDisable=true)",
        severity = Severity.WARNING,
        practices = {"P56"},
        aliases = {"CIS-DOCKER-5.3", "KSV-0025", "KSV025"},
        references = {"https://docs.podman.io/en/latest/markdown/podman-run.1.html#security-opt-option"})
public final class SelinuxDisabled implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Sourced<Boolean> disabled = spec.selinuxDisabled();
        if (!spec.privileged().is(false) || disabled.isUnresolved() || !disabled.is(true)) {
            return;
        }
        findings.report(disabled, "the container's SELinux separation is switched off (" + Spelling.written(disabled,
                "label=disable") + "): on SELinux hosts the container_t type is what keeps it from the host's files "
                + "and from other containers; keep it (" + Spelling.of(spec.kind()).selinuxOn() + "), and relabel "
                + "volumes with :z or :Z instead");
    }
}
