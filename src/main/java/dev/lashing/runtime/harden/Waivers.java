package dev.lashing.runtime.harden;

import dev.lashing.core.Location;

/**
 * The rules the input itself waives for a setting (an inline suppression such as {@code # lashing ignore=RT008}
 * above a service): harden leaves that setting as it is, since the user has said the finding does not apply.
 */
@FunctionalInterface
public interface Waivers {
    /** Waives nothing. */
    Waivers NONE = (ruleId, at, declaredAt) -> false;

    /**
     * True when rule {@code ruleId} is waived for the setting at {@code at} of the container declared at
     * {@code declaredAt}.
     */
    boolean waived(String ruleId, Location at, Location declaredAt);
}
