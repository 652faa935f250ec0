package dev.lashing.runtime.ports;

import dev.lashing.runtime.model.PortMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One port specification read, before its ranges are expanded.
 *
 * @param hostIp the host address to publish on, brackets removed; {@code ""} for the runtime's default (every
 *     interface); always {@code ""} when not published
 * @param hostPorts the host port or range; empty for a port the runtime picks. A range paired with a single
 *     container port is the range the runtime picks from, so it gives no fixed host port either
 * @param containerPorts the container port or range
 * @param protocol {@code tcp}, {@code udp} or {@code sctp}
 * @param published true for a published port ({@code -p}, {@code ports:}), false for one only exposed
 *     ({@code --expose}, {@code expose:})
 */
public record PortSpec(String hostIp, Optional<PortRange> hostPorts, PortRange containerPorts, String protocol,
        boolean published) {

    /** Checks that nothing is null and that an exposed port has no host side. */
    public PortSpec {
        Objects.requireNonNull(hostIp, "hostIp");
        Objects.requireNonNull(hostPorts, "hostPorts");
        Objects.requireNonNull(containerPorts, "containerPorts");
        Objects.requireNonNull(protocol, "protocol");
        if (!published && (!hostIp.isEmpty() || hostPorts.isPresent())) {
            throw new IllegalArgumentException("an exposed port has no host address or port");
        }
    }

    /** How many mappings the specification expands to: one per container port. */
    public int size() {
        return containerPorts.size();
    }

    /** The mappings, one per container port, at most {@code limit} of them. */
    public List<PortMapping> mappings(int limit) {
        int n = Math.min(size(), Math.max(0, limit));
        List<PortMapping> out = new ArrayList<>(n);
        Optional<PortRange> fixed = hostPorts.filter(h -> h.size() == containerPorts.size());
        for (int i = 0; i < n; i++) {
            int port = containerPorts.first() + i;
            if (!published) {
                out.add(PortMapping.exposed(port, protocol));
                continue;
            }
            int host = fixed.isPresent() ? fixed.get().first() + i : 0; // host port 0: the runtime picks one
            out.add(PortMapping.published(port, protocol, host == 0 ? OptionalInt.empty() : OptionalInt.of(host),
                    hostIp));
        }
        return out;
    }
}
