package dev.lashing.core;

import java.util.List;
import java.util.Objects;

/**
 * Everything reports and configuration know about a rule: its stable id (stage prefix + number),
 * kebab-case name, one-line summary, default severity, the practice ids it enforces, equivalent
 * codes of peer tools, references, fix availability and whether it runs by default.
 */
public record RuleMeta(
        String id,
        String name,
        String summary,
        Severity severity,
        List<String> practices,
        List<String> aliases,
        List<String> references,
        FixAvailability fix,
        boolean enabledByDefault) {

    /** Copies the lists and checks required fields. */
    public RuleMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(fix, "fix");
        practices = List.copyOf(practices);
        aliases = List.copyOf(aliases);
        references = List.copyOf(references);
    }

    /** The stage prefix of the id, e.g. {@code DF} for {@code DF001}. */
    public String prefix() {
        int i = 0;
        while (i < id.length() && Character.isLetter(id.charAt(i))) {
            i++;
        }
        return id.substring(0, i);
    }
}
