package dev.lashing.runtime.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A port the container listens on, and whether and where it is published on the host.
 *
 * @param containerPort the port inside the container
 * @param protocol {@code tcp}, {@code udp} or {@code sctp}
 * @param published true when the port is published on the host ({@code -p}, compose {@code ports:}, Quadlet
 *     {@code PublishPort=}, a Kubernetes {@code hostPort}, any port on the host network); false when it is only
 *     exposed ({@code --expose}, {@code expose:}, a Kubernetes {@code containerPort} alone)
 * @param hostPort the host port when it is fixed; empty when not published, or published on a port the runtime
 *     picks ({@code -p 80}, {@code -p 127.0.0.1::80}, a host range paired with one container port)
 * @param hostIp the host address it is published on, as written without brackets; empty for the runtime's
 *     default (every interface) and when not published
 */
public record PortMapping(int containerPort, String protocol, boolean published, OptionalInt hostPort,
        String hostIp) {

    /** Checks fields: a port that is not published has no host port or address. */
    public PortMapping {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(hostPort, "hostPort");
        Objects.requireNonNull(hostIp, "hostIp");
        if (!published && (hostPort.isPresent() || !hostIp.isEmpty())) {
            throw new IllegalArgumentException("a port that is not published has no host port or address");
        }
    }

    /** A port exposed but not published. */
    public static PortMapping exposed(int containerPort, String protocol) {
        return new PortMapping(containerPort, protocol, false, OptionalInt.empty(), "");
    }

    /** A port published on {@code hostPort} (empty: a port the runtime picks) at {@code hostIp} ("": the default). */
    public static PortMapping published(int containerPort, String protocol, OptionalInt hostPort, String hostIp) {
        return new PortMapping(containerPort, protocol, true, hostPort, hostIp);
    }

    /** True when the port is published on a host port the runtime picks. */
    public boolean randomHostPort() {
        return published && hostPort.isEmpty();
    }
}
