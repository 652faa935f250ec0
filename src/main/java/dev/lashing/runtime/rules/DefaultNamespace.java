package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;

/**
 * A Kubernetes workload placed in the {@code default} namespace; with the {@code require-namespace} setting,
 * also one that names no namespace.
 */
@Rule(
        id = "RT043",
        name = "container-default-namespace",
        summary = "Kubernetes workload in the default namespace",
        severity = Severity.WARNING,
        practices = {"P54"},
        aliases = {"KSV-0110", "KSV110", "use-namespace"},
        references = {"https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/"})
public final class DefaultNamespace implements RuntimeRule {
    /** Setting: also report workloads that name no namespace (they land where kubectl or helm is pointed). */
    static final String REQUIRE_NAMESPACE = "require-namespace";
    private static final String WHY = "the default namespace is shared by everything nobody placed elsewhere, so its "
            + "service accounts, RBAC grants, network policies and quotas are everyone's";

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Sourced<String> namespace = spec.namespace();
        if (spec.kind() != SourceKind.KUBERNETES || namespace.isUnresolved()) {
            return;
        }
        if (namespace.isExplicit() && namespace.is("default")) {
            findings.report(namespace, "the workload is placed in the default namespace ("
                    + Spelling.written(namespace, "namespace: default") + "): " + WHY + "; give the application a "
                    + "namespace of its own");
        } else if (!namespace.isExplicit() && findings.settings().bool(REQUIRE_NAMESPACE, false)) {
            findings.report(namespace, "the workload names no namespace, so it lands in the one kubectl or helm is "
                    + "pointed at, `default` unless told otherwise: " + WHY + "; set `metadata.namespace`, or the "
                    + "namespace of the kustomization or helm release", Severity.INFO);
        }
    }
}
