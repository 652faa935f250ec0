package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.PortMapping;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;
import dev.lashing.runtime.ports.HostAddresses;

/** A port is published on every interface of the host, or {@code -P} publishes every exposed port. */
@Rule(
        id = "RT050",
        name = "container-port-all-interfaces",
        summary = "Port published on every host interface (-p 8080:80, 0.0.0.0, ::, -P) instead of one address",
        severity = Severity.WARNING,
        practices = {"P54"},
        aliases = {"CIS-DOCKER-5.14"},
        references = {"https://docs.docker.com/engine/network/port-publishing/",
            "https://docs.docker.com/engine/network/packet-filtering-firewalls/"})
public final class PortOnAllInterfaces implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        if (spec.kind() == SourceKind.KUBERNETES || PortEntries.discarded(spec)) {
            return; // a Kubernetes hostPort is RT053's; the host network is RT015's
        }
        Spelling s = Spelling.of(spec.kind());
        String firewall = spec.kind() == SourceKind.QUADLET ? "" : " (and with Docker, the NAT rules it adds "
                + "come before host firewalls such as ufw or firewalld, so those do not stop it)";
        Sourced<Boolean> all = spec.publishAll();
        if (!Undecided.report(all, findings, "whether every exposed port is published") && all.value()) {
            findings.report(all, "every port the image exposes is published on a random host port on every "
                    + "interface of the host (" + Spelling.written(all, s.publishAll()) + "), including ports "
                    + "nobody chose to publish" + firewall + "; publish only the ports needed, each on the address "
                    + "that must reach it (" + s.publish("127.0.0.1:8080:8080") + ")");
        }
        for (Sourced<PortMapping> p : spec.ports()) {
            Undecided.report(p, findings, "the host interface the port is published on");
        }
        for (PortEntries.Entry e : PortEntries.of(spec,
                m -> m.published() && HostAddresses.isEveryInterface(m.hostIp()))) {
            PortMapping first = e.mappings().get(0);
            String ports = e.hostSpan() + ":" + e.containerSpan();
            String written = Spelling.written(e.at(), s.publish(ports))
                    + (first.hostIp().isEmpty() ? " names no address" : "");
            boolean one = e.mappings().size() == 1;
            findings.report(e.at(), "container " + e.containerPorts() + (one ? " is" : " are") + " published on every "
                    + "interface of the host (" + written + "): anyone who can reach the host on any of its "
                    + "networks can connect" + firewall + "; publish " + (one ? "it" : "them") + " on the address "
                    + "that must reach " + (one ? "it" : "them") + " (" + s.publish("127.0.0.1:" + ports)
                    + " for the host itself, or one interface's address), or behind a reverse "
                    + "proxy");
        }
    }
}
