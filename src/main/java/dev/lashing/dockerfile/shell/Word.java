package dev.lashing.dockerfile.shell;

import dev.lashing.core.TextRange;
import java.util.Objects;
import java.util.Optional;

/**
 * A shell word: its text as written, its value after quote removal when it is static (no
 * parameter expansion or command substitution; globs are fine), and its Dockerfile source range.
 */
public record Word(String raw, Optional<String> literal, TextRange range) {

    /** Checks required fields. */
    public Word {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(literal, "literal");
        Objects.requireNonNull(range, "range");
    }

    /** A word whose value is known: an exec-form argument, or a static shell word. */
    public static Word literal(String raw, String value, TextRange range) {
        return new Word(raw, Optional.of(value), range);
    }

    /** True when the word's value does not depend on the environment at run time. */
    public boolean isStatic() {
        return literal.isPresent();
    }

    /** The literal value when static, else the raw text. */
    public String text() {
        return literal.orElse(raw);
    }

    /**
     * The part of this static word's value from character {@code from} on (as in the value of
     * {@code --opt=value}); the range is narrowed only when it maps exactly, else kept whole.
     */
    Word suffix(int from) {
        String value = text().substring(from);
        boolean exact = literal.isPresent() && raw.equals(literal.get()) && range.length() == raw.length();
        TextRange r = exact ? new TextRange(range.start() + from, range.end()) : range;
        return new Word(exact ? value : raw, literal.map(l -> value), r);
    }

    @Override
    public String toString() {
        return raw;
    }
}
