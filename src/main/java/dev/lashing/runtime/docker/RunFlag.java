package dev.lashing.runtime.docker;

import java.util.Objects;

/**
 * One flag of {@code docker run} or {@code podman run}.
 *
 * @param name the long name without dashes ({@code cap-add})
 * @param shortName the one-letter name, or {@code '\0'} when there is none
 * @param kind the type of its value ({@link ValueKind#BOOL} for switches)
 * @param commaList true when the CLI splits the value at commas (Podman's string-slice flags)
 */
record RunFlag(String name, char shortName, ValueKind kind, boolean commaList) {

    RunFlag {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** True for a switch that takes no separate value. */
    boolean isSwitch() {
        return kind == ValueKind.BOOL;
    }
}
