package dev.lashing.dockerfile.syntax;

import dev.lashing.core.TextRange;
import java.util.Objects;

/**
 * A piece of an instruction: its logical text (continuations removed, quotes kept as written) and
 * the source range it spans.
 */
public record Token(String text, TextRange range) {

    /** Checks required fields. */
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(range, "range");
    }

    @Override
    public String toString() {
        return text;
    }
}
