package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.SourceKind;

/** The container shares the host's network namespace. */
@Rule(
        id = "RT015",
        name = "container-host-network",
        summary = "Container shares the host's network namespace (--network host, hostNetwork: true)",
        severity = Severity.ERROR,
        practices = {"P54"},
        aliases = {"CIS-DOCKER-5.10", "KSV-0009", "KSV009", "host-network", "hostNetworkSet"},
        references = {"https://docs.docker.com/engine/network/drivers/host/"})
public final class HostNetwork implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        String advice = spec.kind() == SourceKind.KUBERNETES
                ? "leave hostNetwork unset and expose the containerPort through a Service"
                : "use a dedicated network and publish only the ports needed ("
                        + Spelling.of(spec.kind()).dedicatedNetwork() + ")";
        HostNamespace.check(spec.network(), findings, "network", Spelling.of(spec.kind()).hostNetwork(),
                "it sees every interface of the host, can reach services listening on the host's loopback and "
                        + "can bind any host port, with no network isolation at all", advice, null);
    }
}
