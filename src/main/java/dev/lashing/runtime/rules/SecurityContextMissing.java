package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;

/** Neither the Kubernetes pod nor the container writes a securityContext: every security setting is the default. */
@Rule(
        id = "RT042",
        name = "container-security-context-missing",
        summary = "Kubernetes container with no securityContext, in the pod or the container: every default applies",
        severity = Severity.WARNING,
        practices = {"P50", "P52", "P53", "P55", "P56"},
        aliases = {"KSV-0118", "KSV118"},
        references = {"https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"})
public final class SecurityContextMissing implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Sourced<Boolean> pod = spec.podSecurityContext();
        Sourced<Boolean> container = spec.containerSecurityContext();
        if (spec.kind() != SourceKind.KUBERNETES || pod.isUnresolved() || container.isUnresolved()
                || pod.is(true) || container.is(true)) {
            return;
        }
        Sourced<Boolean> at = container.isExplicit() ? container : pod.isExplicit() ? pod : container;
        String written = container.isExplicit() || pod.isExplicit()
                ? "the securityContext is written but empty (" + Spelling.written(at, "securityContext: {}") + ")"
                : "neither the pod nor the container has a securityContext";
        findings.report(at, written + ", so every security setting is the default: the image's user (root unless "
                + "it says otherwise), privilege escalation allowed, the runtime's default capabilities, a writable "
                + "root filesystem, and no seccomp profile unless the kubelet defaults one; write one with at least "
                + "`runAsNonRoot: true`, `allowPrivilegeEscalation: false`, `capabilities: {drop: [\"ALL\"]}`, "
                + "`readOnlyRootFilesystem: true` and `seccompProfile: {type: RuntimeDefault}`");
    }
}
