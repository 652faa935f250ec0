package dev.lashing.runtime.docker;

import dev.lashing.core.InputError;
import dev.lashing.core.Location;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Health;
import dev.lashing.runtime.model.Sourced;
import java.util.List;
import java.util.Set;

/** The health flags of one run, kept together to check their conflicts at the end. */
final class HealthFlags {
    private Sourced<Health> value;
    private Location otherFlagAt;
    private Location disabledAt;

    /** Reads one {@code --health-*} or {@code --no-healthcheck} flag. */
    void flag(String name, String v, RunDialect dialect, Location at, String text) throws BadValue {
        switch (name) {
            case "health-cmd" -> {
                boolean none = dialect == RunDialect.PODMAN && v.equalsIgnoreCase("none");
                value = Sourced.explicit(none ? new Health(true, List.of("NONE"), List.of())
                        : new Health(false, List.of("CMD-SHELL", v), List.of()), at, text);
                otherFlagAt = at;
            }
            case "no-healthcheck" -> {
                if (RunValues.bool(v)) {
                    value = Sourced.explicit(new Health(true, List.of("NONE"), List.of()), at, text);
                    disabledAt = at;
                }
            }
            case "health-on-failure" -> {
                if (!Set.of("none", "kill", "restart", "stop").contains(v)) {
                    throw new BadValue("invalid value \"" + v + "\": expected none, kill, restart or stop");
                }
                otherFlagAt = at;
            }
            default -> otherFlagAt = at;
        }
    }

    /** Marks the health check as depending on an expansion. */
    void unresolved(Location at, String text) {
        value = Sourced.unresolved(at, text);
    }

    /** Reports conflicts and sets the health check of {@code spec}. */
    void finish(ContainerSpec.Builder spec, List<InputError> errors) {
        if (disabledAt != null && otherFlagAt != null) {
            errors.add(InputError.at(disabledAt, "--no-healthcheck conflicts with --health-* options"));
        }
        if (value != null) {
            spec.health = value;
        }
    }
}
