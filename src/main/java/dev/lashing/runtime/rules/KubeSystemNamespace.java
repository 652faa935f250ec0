package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;

/** A Kubernetes workload placed in the {@code kube-system} namespace, among the cluster's own components. */
@Rule(
        id = "RT044",
        name = "container-kube-system-namespace",
        summary = "Kubernetes workload in the kube-system namespace",
        severity = Severity.WARNING,
        practices = {"P54"},
        aliases = {"KSV-0037", "KSV037"},
        references = {"https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/#initial-namespaces"})
public final class KubeSystemNamespace implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Sourced<String> namespace = spec.namespace();
        if (spec.kind() != SourceKind.KUBERNETES || !namespace.isExplicit() || !namespace.is("kube-system")) {
            return;
        }
        findings.report(namespace, "the workload is placed in kube-system (" + Spelling.written(namespace,
                "namespace: kube-system") + "), among the cluster's own components: the highly privileged service "
                + "accounts and secrets there are within its reach, and a compromise there is a compromise of the "
                + "cluster; run applications in a namespace of their own (cluster add-ons that must live in "
                + "kube-system can suppress this)");
    }
}
