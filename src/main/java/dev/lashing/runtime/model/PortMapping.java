package dev.lashing.runtime.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A port the container listens on, and where it is published.
 *
 * @param containerPort the port inside the container
 * @param protocol {@code tcp}, {@code udp} or {@code sctp}
 * @param hostPort the published host port; empty when not published (or published on a random port)
 * @param hostIp the host address it is published on; empty for all addresses
 */
public record PortMapping(int containerPort, String protocol, OptionalInt hostPort, String hostIp) {

    /** Checks fields. */
    public PortMapping {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(hostPort, "hostPort");
        Objects.requireNonNull(hostIp, "hostIp");
    }
}
