package dev.lashing.core.fix;

import dev.lashing.core.TextRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A set of text edits that together resolve one finding, with a short description ("Replace ADD
 * with COPY") and an applicability. Edits never overlap each other.
 */
public record Fix(String description, Applicability applicability, List<Edit> edits) {

    /** Sorts the edits and rejects overlapping ones. */
    public Fix {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(applicability, "applicability");
        List<Edit> sorted = new ArrayList<>(edits);
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).range().end() > sorted.get(i).range().start()) {
                throw new IllegalArgumentException("overlapping edits in fix: " + description);
            }
        }
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a fix needs at least one edit: " + description);
        }
        edits = List.copyOf(sorted);
    }

    /** A fix made of a single edit. */
    public static Fix of(String description, Applicability applicability, Edit edit) {
        return new Fix(description, applicability, List.of(edit));
    }

    /** The smallest range touching every edit. */
    public TextRange span() {
        TextRange r = edits.get(0).range();
        for (Edit e : edits) {
            r = r.union(e.range());
        }
        return r;
    }

    /** True when {@code --fix} (and, if {@code unsafe}, {@code --unsafe-fixes}) may apply this fix. */
    public boolean isApplicable(boolean unsafe) {
        return applicability == Applicability.SAFE || unsafe && applicability == Applicability.UNSAFE;
    }
}
