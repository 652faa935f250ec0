package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.PortMapping;
import dev.lashing.runtime.model.SourceKind;

/** A host port below 1024 is published to the container. */
@Rule(
        id = "RT052",
        name = "container-privileged-host-port",
        summary = "A privileged host port (below 1024) is published to the container (-p 80:8080, hostPort: 443)",
        severity = Severity.INFO,
        practices = {"P54"},
        aliases = {"CIS-DOCKER-5.8"},
        references = {"https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml"})
public final class PrivilegedHostPort implements RuntimeRule {
    private static final int FIRST_UNPRIVILEGED = 1024;

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        if (PortEntries.discarded(spec) || spec.kind() == SourceKind.KUBERNETES && spec.network().is("host")) {
            return; // nothing is mapped; sharing the host's network is RT015's
        }
        Spelling s = Spelling.of(spec.kind());
        for (PortEntries.Entry e : PortEntries.of(spec, m -> m.published() && m.hostPort().isPresent()
                && m.hostPort().getAsInt() < FIRST_UNPRIVILEGED)) {
            PortMapping first = e.mappings().get(0);
            int host = first.hostPort().getAsInt();
            int suggested = host + 8000;
            String instead = spec.kind() == SourceKind.KUBERNETES
                    ? "drop the hostPort and reach the container through a Service"
                    : "publish on a port above 1023 (" + s.publish(address(first) + suggested + ":"
                            + first.containerPort()) + ")";
            boolean one = e.mappings().size() == 1;
            String written = spec.kind() == SourceKind.KUBERNETES ? "`hostPort: " + host + "`"
                    : Spelling.written(e.at(), s.publish(host + ":" + first.containerPort()));
            findings.report(e.at(), "the host's privileged " + e.hostPorts() + (one ? " (below 1024) goes" :
                    " (below 1024) go") + " to the container (" + written + "): ports below 1024 are reserved for services root starts on the host, and clients trust "
                    + "them as such, yet here the container answers on " + (one ? "it" : "them") + "; " + instead
                    + ", unless this container is meant to be the host's own service on "
                    + (one ? "that port" : "those ports") + " (a front proxy on 80 and 443)");
        }
    }

    private static String address(PortMapping m) {
        if (m.hostIp().isEmpty()) {
            return "";
        }
        return (m.hostIp().indexOf(':') >= 0 ? "[" + m.hostIp() + "]" : m.hostIp()) + ":";
    }
}
