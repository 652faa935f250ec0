package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Settings;
import dev.lashing.runtime.model.Sourced;

/**
 * Where run-time rules report. A finding sits on the text that set a value ({@link Sourced#location()});
 * a value nothing in the input set (a default) is reported at the container's declaration. A {@code null}
 * severity means the rule's default.
 */
public interface RuntimeFindingSink {

    /** Reports a finding on the value {@code at} with the given severity ({@code null}: the rule's default). */
    void report(Sourced<?> at, String message, Severity severity);

    /**
     * Declares a secret value the rule found: the engine replaces every occurrence of it, keeping its
     * length, in messages and in the source text that reports show.
     */
    void mask(String secretValue);

    /** Rule settings from configuration. */
    Settings settings();

    /** {@link #report(Sourced, String, Severity)} with the rule's default severity. */
    default void report(Sourced<?> at, String message) {
        report(at, message, null);
    }
}
