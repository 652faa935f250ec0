package dev.lashing.runtime.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An environment variable of a container.
 *
 * @param name the variable name
 * @param value the literal value; empty when the value comes from elsewhere (the host environment with
 *     {@code -e NAME}, a Kubernetes {@code valueFrom}, an env file that could not be read)
 * @param from where a non-literal value comes from ({@code secretKeyRef secret/key}, {@code host environment},
 *     {@code env file app.env}); empty for literals
 */
public record EnvVar(String name, Optional<String> value, String from) {

    /** Checks fields. */
    public EnvVar {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(from, "from");
    }

    /** A literal {@code name=value}. */
    public static EnvVar literal(String name, String value) {
        return new EnvVar(name, Optional.of(value), "");
    }
}
