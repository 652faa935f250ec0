package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.SelinuxLabel;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The container's SELinux label sets a user, a role, or a process type other than the container types. */
@Rule(
        id = "RT049",
        name = "container-selinux-custom-options",
        summary = "Container's SELinux label sets a user, role, or a type other than container_t",
        severity = Severity.WARNING,
        practices = {"P56"},
        aliases = {"KSV-0025", "KSV025"},
        references = {"https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"})
public final class SelinuxCustomOptions implements RuntimeRule {
    /** The process types the Pod Security Standards' baseline profile allows (and "" for the runtime's own). */
    private static final Set<String> CONTAINER_TYPES = Set.of("", "container_t", "container_init_t", "container_kvm_t");
    /** Types that switch separation off, reported by container-selinux-disabled (RT028). */
    private static final Set<String> UNCONFINED_TYPES = Set.of("spc_t", "unconfined_t");

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Sourced<SelinuxLabel> label = spec.selinuxLabel();
        if (Undecided.report(label, findings, "whether the container's SELinux label is a container one")) {
            return;
        }
        SelinuxLabel l = label.value();
        List<String> custom = new ArrayList<>();
        if (!CONTAINER_TYPES.contains(l.type()) && !UNCONFINED_TYPES.contains(l.type())) {
            custom.add("type " + l.type());
        }
        if (!l.user().isEmpty()) {
            custom.add("user " + l.user());
        }
        if (!l.role().isEmpty()) {
            custom.add("role " + l.role());
        }
        if (custom.isEmpty()) {
            return;
        }
        boolean kubernetes = spec.kind() == SourceKind.KUBERNETES;
        findings.report(label, "the container's SELinux label sets " + String.join(", ", custom) + " ("
                + Spelling.written(label, "seLinuxOptions") + "): the runtime's container_t type and its own user "
                + "and role are what the SELinux policy confines containers with, and another type or role may be "
                + "allowed far more" + (kubernetes ? "; the Pod Security Standards' baseline profile refuses it. Set "
                + "only `level`, or a type among container_t, container_init_t and container_kvm_t"
                : "; unless it is a policy written for this container (udica), keep only the level"),
                kubernetes ? null : Severity.INFO);
    }
}
