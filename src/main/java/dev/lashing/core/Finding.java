package dev.lashing.core;

import dev.lashing.core.fix.Fix;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found by one rule at one place. The severity is the effective one (after
 * configuration overrides); the fix, when present, is what the rule proposes.
 */
public record Finding(RuleMeta rule, Severity severity, String message, Location location, Optional<Fix> fix,
        Optional<Provenance> provenance) {

    /** Checks required fields. */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** A finding without image provenance (a Dockerfile finding). */
    public Finding(RuleMeta rule, Severity severity, String message, Location location, Optional<Fix> fix) {
        this(rule, severity, message, location, fix, Optional.empty());
    }

    /** The same finding with another severity. */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, message, location, fix, provenance);
    }

    /** The same finding with image provenance. */
    public Finding withProvenance(Provenance where) {
        return new Finding(rule, severity, message, location, fix, Optional.of(where));
    }
}
