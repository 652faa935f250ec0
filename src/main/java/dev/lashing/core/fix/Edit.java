package dev.lashing.core.fix;

import dev.lashing.core.TextRange;
import java.util.Objects;

/** Replace the text in {@code range} with {@code replacement}; an empty range inserts. */
public record Edit(TextRange range, String replacement) implements Comparable<Edit> {

    /** Checks required fields. */
    public Edit {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(replacement, "replacement");
    }

    /** Inserts {@code text} at {@code offset}. */
    public static Edit insert(int offset, String text) {
        return new Edit(TextRange.at(offset), text);
    }

    /** Deletes the text in {@code range}. */
    public static Edit delete(TextRange range) {
        return new Edit(range, "");
    }

    /** Replaces the text in {@code range}. */
    public static Edit replace(TextRange range, String text) {
        return new Edit(range, text);
    }

    @Override
    public int compareTo(Edit o) {
        return range.compareTo(o.range);
    }
}
