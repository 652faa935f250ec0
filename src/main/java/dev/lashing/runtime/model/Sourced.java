package dev.lashing.runtime.model;

import dev.lashing.core.Location;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One value of a container spec with where it came from: the value, whether it was written, defaulted
 * or cannot be resolved, the location of the text that set it, and that text as written (for
 * messages: {@code --cap-add=SYS_ADMIN}, {@code privileged: true}, {@code AddCapability=SYS_ADMIN}).
 * An unresolved value has no value; rules must not guess one (they may say it cannot be decided).
 *
 * @param value the value; null only when {@code origin} is {@link Origin#UNRESOLVED}
 * @param origin explicit, default or unresolved
 * @param location where it was set; empty for defaults that nothing in the input points at
 * @param text the input text that set it, as written; empty for defaults
 */
public record Sourced<T>(T value, Origin origin, Optional<Location> location, String text) {

    /** Checks that only unresolved values lack a value. */
    public Sourced {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(text, "text");
        if (value == null && origin != Origin.UNRESOLVED) {
            throw new IllegalArgumentException("only an unresolved value may be null");
        }
        if (value != null && origin == Origin.UNRESOLVED) {
            throw new IllegalArgumentException("an unresolved value has no value");
        }
    }

    /** A value written in the input at {@code location} as {@code text}. */
    public static <T> Sourced<T> explicit(T value, Location location, String text) {
        return new Sourced<>(Objects.requireNonNull(value, "value"), Origin.EXPLICIT, Optional.of(location), text);
    }

    /** The runtime's default, nothing in the input setting it. */
    public static <T> Sourced<T> defaulted(T value) {
        return new Sourced<>(Objects.requireNonNull(value, "value"), Origin.DEFAULT, Optional.empty(), "");
    }

    /** The runtime's default, with the place that would set it (the service, the container) for findings. */
    public static <T> Sourced<T> defaulted(T value, Location where) {
        return new Sourced<>(Objects.requireNonNull(value, "value"), Origin.DEFAULT, Optional.of(where), "");
    }

    /** A value written as {@code text} at {@code location} that cannot be resolved. */
    public static <T> Sourced<T> unresolved(Location location, String text) {
        return new Sourced<>(null, Origin.UNRESOLVED, Optional.of(location), text);
    }

    /** The value unless it is unresolved. */
    public Optional<T> known() {
        return Optional.ofNullable(value);
    }

    /** True when the input wrote this value. */
    public boolean isExplicit() {
        return origin == Origin.EXPLICIT;
    }

    /** True when the value cannot be decided. */
    public boolean isUnresolved() {
        return origin == Origin.UNRESOLVED;
    }

    /** True when the value is known and equal to {@code other}. */
    public boolean is(T other) {
        return value != null && value.equals(other);
    }

    /** The same source with a converted value (an unresolved value stays unresolved). */
    public <U> Sourced<U> map(Function<? super T, ? extends U> f) {
        return value == null ? new Sourced<>(null, origin, location, text)
                : new Sourced<>(Objects.requireNonNull(f.apply(value)), origin, location, text);
    }
}
