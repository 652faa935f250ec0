package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.runtime.model.Sourced;

/**
 * What rules say about a value that cannot be resolved (an unset variable, a template): never a guess.
 * Where the setting matters for security, an info finding says the question cannot be decided.
 */
final class Undecided {
    private Undecided() {}

    /**
     * True when {@code value} is unresolved; when it was written (it has text), also reports at info
     * that {@code question} cannot be decided. Unresolved values with no text (the model's "unknown
     * until the image is known", such as a default UID) are skipped silently.
     */
    static boolean report(Sourced<?> value, RuntimeFindingSink findings, String question) {
        if (!value.isUnresolved()) {
            return false;
        }
        if (!value.text().isBlank()) {
            findings.report(value, "`" + value.text().strip() + "` cannot be resolved (it depends on a variable or "
                    + "template lashing cannot see), so " + question + " cannot be decided; check the value it "
                    + "takes when deployed", Severity.INFO);
        }
        return true;
    }
}
