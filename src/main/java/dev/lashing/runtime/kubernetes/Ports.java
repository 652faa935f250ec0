package dev.lashing.runtime.kubernetes;

import dev.lashing.core.Location;
import dev.lashing.runtime.model.PortMapping;
import dev.lashing.runtime.model.Sourced;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads a container's {@code ports}. */
final class Ports {
    private static final long MAX_PORT = 65535;

    private Ports() {
    }

    /**
     * The ports of {@code items}; on the host network a port without {@code hostPort} is a host port all
     * the same (Kubernetes defaults {@code hostPort} to {@code containerPort} there).
     */
    static List<Sourced<PortMapping>> read(Items items, boolean hostNetwork, FieldReader reader) {
        List<Sourced<PortMapping>> out = new ArrayList<>();
        if (items.unresolved()) {
            out.add(items.unknown());
        }
        for (Node item : items.nodes()) {
            out.add(port(item, hostNetwork, reader));
        }
        return out;
    }

    private static Sourced<PortMapping> port(Node item, boolean hostNetwork, FieldReader reader) {
        Location at = reader.location(item);
        String text = reader.text(item);
        if (!(item instanceof MappingNode m) || reader.isTemplate(item)) {
            if (!reader.isTemplate(item)) {
                reader.error(item, "a port must be a mapping with a containerPort, not " + Scalars.describe(item));
            }
            return Sourced.unresolved(at, text);
        }
        YamlMap port = YamlMap.of(m);
        Sourced<Long> containerPort = reader.integer(port, "containerPort", 1, MAX_PORT);
        Sourced<Long> hostPort = reader.integer(port, "hostPort", 0, MAX_PORT);
        Sourced<String> hostIp = reader.string(port, "hostIP");
        Sourced<String> protocol = reader.string(port, "protocol");
        if (containerPort == null) {
            reader.error(item, "a port needs a containerPort");
            return Sourced.unresolved(at, text);
        }
        if (protocol != null && protocol.known().filter(p -> !List.of("TCP", "UDP", "SCTP").contains(p)).isPresent()) {
            reader.error(protocol.location().orElseThrow(), "protocol must be TCP, UDP or SCTP: " + protocol.text());
            return Sourced.unresolved(at, text);
        }
        for (Sourced<?> part : new Sourced<?>[] {containerPort, hostPort, hostIp, protocol}) {
            if (part != null && part.isUnresolved()) {
                return Sourced.unresolved(at, text);
            }
        }
        int number = containerPort.value().intValue();
        String proto = protocol == null ? "tcp" : protocol.value().toLowerCase(Locale.ROOT);
        OptionalInt published = hostPort != null && hostPort.value() > 0 ? OptionalInt.of(hostPort.value().intValue())
                : hostNetwork ? OptionalInt.of(number) : OptionalInt.empty();
        if (published.isEmpty()) {
            return Sourced.explicit(PortMapping.exposed(number, proto), at, text); // a hostIP alone binds nothing
        }
        return Sourced.explicit(PortMapping.published(number, proto, published, hostIp == null ? "" : hostIp.value()),
                at, text);
    }
}
