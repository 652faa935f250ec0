package dev.lashing.rules;

import dev.lashing.core.Severity;
import dev.lashing.core.TextRange;
import dev.lashing.core.fix.Fix;

/** Where a rule reports what it finds; the sink knows which rule and which file. */
public interface FindingSink {

    /** Reports a finding at {@code range} with the rule's default severity. */
    void report(TextRange range, String message);

    /** Reports a finding with a proposed fix. */
    void report(TextRange range, String message, Fix fix);

    /**
     * Reports a finding with a severity other than the rule's default, e.g. INFO for a case the
     * rule cannot decide because a value is unresolved.
     */
    void report(TextRange range, String message, Severity severity);
}
