package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.PortMapping;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;
import dev.lashing.runtime.ports.HostAddresses;
import java.util.Map;

/**
 * A port is published on every interface of the host (info; a warning for the usual ports of data stores and
 * control APIs, which are rarely meant for every network), or {@code -P} publishes every exposed port (warning).
 */
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
    /** Container ports of services that hold data or control a system, which should not face every network. */
    private static final Map<Integer, String> BACKENDS = Map.ofEntries(Map.entry(1433, "SQL Server"),
            Map.entry(1521, "Oracle"), Map.entry(2181, "ZooKeeper"), Map.entry(2375, "the Docker API"),
            Map.entry(2376, "the Docker API"), Map.entry(2379, "etcd"), Map.entry(3306, "MySQL"),
            Map.entry(5432, "PostgreSQL"), Map.entry(5672, "RabbitMQ"), Map.entry(5984, "CouchDB"),
            Map.entry(6379, "Redis"), Map.entry(8086, "InfluxDB"), Map.entry(8500, "Consul"),
            Map.entry(9042, "Cassandra"), Map.entry(9092, "Kafka"), Map.entry(9200, "Elasticsearch"),
            Map.entry(9300, "Elasticsearch"), Map.entry(10250, "the kubelet"), Map.entry(11211, "Memcached"),
            Map.entry(27017, "MongoDB"));

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
            String backend = e.mappings().stream().map(m -> BACKENDS.get(m.containerPort())).filter(n -> n != null)
                    .findFirst().map(n -> " (the usual port of " + n + ", a back end rarely meant for every network)")
                    .orElse("");
            findings.report(e.at(), "container " + e.containerPorts() + (one ? " is" : " are") + " published on every "
                    + "interface of the host (" + written + ")" + backend + ": anyone who can reach the host on any of its "
                    + "networks can connect" + firewall + "; publish " + (one ? "it" : "them") + " on the address "
                    + "that must reach " + (one ? "it" : "them") + " (" + s.publish("127.0.0.1:" + ports)
                    + " for the host itself, or one interface's address), or behind a reverse "
                    + "proxy", backend.isEmpty() ? Severity.INFO : null);
        }
    }
}
