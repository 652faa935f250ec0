package dev.lashing.runtime.model;

import java.util.List;
import java.util.Objects;

/**
 * A filesystem mount of a container.
 *
 * @param type {@code bind} (host path; Kubernetes {@code hostPath}), {@code volume} (named or anonymous
 *     volume; Kubernetes volumes other than hostPath), {@code tmpfs}, or another type as written
 * @param source the host path or volume name; empty for anonymous volumes and tmpfs
 * @param target the path in the container
 * @param readOnly true when mounted read-only
 * @param propagation bind propagation ({@code rprivate}, {@code shared}, {@code rshared}, {@code slave},
 *     ...; Kubernetes {@code Bidirectional} is {@code rshared}); empty when not set
 * @param options other options as written ({@code noexec}, {@code nosuid}, {@code z}, {@code size=64m})
 */
public record Mount(String type, String source, String target, boolean readOnly, String propagation,
        List<String> options) {

    /** Copies the options. */
    public Mount {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(propagation, "propagation");
        options = List.copyOf(options);
    }

    /** True for a mount of a host path. */
    public boolean isHostPath() {
        return type.equals("bind");
    }
}
