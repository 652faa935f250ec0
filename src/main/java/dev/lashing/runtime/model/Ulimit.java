package dev.lashing.runtime.model;

import java.util.Objects;

/**
 * A resource limit ({@code --ulimit nofile=1024:2048}).
 *
 * @param name the resource ({@code nofile}, {@code nproc}, {@code core}, ...)
 * @param soft the soft limit, -1 for unlimited
 * @param hard the hard limit, -1 for unlimited
 */
public record Ulimit(String name, long soft, long hard) {

    /** Checks the name. */
    public Ulimit {
        Objects.requireNonNull(name, "name");
    }
}
