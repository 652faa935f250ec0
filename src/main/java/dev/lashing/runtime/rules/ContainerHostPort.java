package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.PortMapping;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;
import dev.lashing.runtime.ports.HostAddresses;

/** A Kubernetes container binds a {@code hostPort} on its node. */
@Rule(
        id = "RT053",
        name = "container-host-port",
        summary = "Kubernetes container binds a hostPort on the node instead of being reached through a Service",
        severity = Severity.WARNING,
        practices = {"P54"},
        aliases = {"KSV-0024", "KSV024", "hostPortSet"},
        references = {"https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
            "https://kubernetes.io/docs/concepts/configuration/overview/#services"})
public final class ContainerHostPort implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        if (spec.kind() != SourceKind.KUBERNETES || spec.network().is("host")) {
            return; // every port of a pod on the host network is a host port: RT015 reports that
        }
        for (Sourced<PortMapping> p : spec.ports()) {
            if (Undecided.report(p, findings, "whether the container binds a hostPort on the node")) {
                continue;
            }
            PortMapping m = p.value();
            if (!m.published() || m.hostPort().isEmpty()) {
                continue;
            }
            int host = m.hostPort().getAsInt();
            String where = HostAddresses.isEveryInterface(m.hostIp()) ? "on every interface of the node"
                    : "on the node's address " + m.hostIp();
            findings.report(p, "the container binds host port " + host + " " + where + " (`hostPort: " + host
                    + "` for containerPort " + m.containerPort() + "): the pod answers on the node's own address, "
                    + "outside any Service, it can only run on nodes where that port is free (two replicas never "
                    + "share a node), and the baseline Pod Security Standard forbids host ports; drop hostPort and expose the "
                    + "containerPort through a Service (a NodePort or LoadBalancer when it must be reached from "
                    + "outside)");
        }
    }
}
