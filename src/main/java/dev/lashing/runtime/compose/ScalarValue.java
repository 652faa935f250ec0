package dev.lashing.runtime.compose;

import dev.lashing.core.Location;
import java.util.Objects;

/**
 * A scalar: its text as written in the YAML (after YAML unquoting, before interpolation), and its
 * value after interpolation, or null when a variable it uses cannot be resolved.
 *
 * @param raw the text before interpolation
 * @param value the interpolated text; null when unresolved
 * @param kind the YAML type of the scalar
 * @param location where it is written
 * @param modifier the merge modifier
 */
record ScalarValue(String raw, String value, Kind kind, Location location, Modifier modifier) implements Value {

    /** The YAML type of a scalar, resolved as compose's YAML library does for plain scalars. */
    enum Kind {
        /** A string, or a quoted scalar. */
        STRING,
        /** {@code null}, {@code ~} or nothing. */
        NULL,
        /** {@code true} or {@code false}. */
        BOOL,
        /** An integer or a decimal number. */
        NUMBER
    }

    ScalarValue {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(modifier, "modifier");
    }

    /** True when a variable in it cannot be resolved. */
    boolean unresolved() {
        return value == null;
    }

    /** True for a YAML null. */
    boolean isNull() {
        return kind == Kind.NULL;
    }

    @Override
    public Value with(Modifier m) {
        return new ScalarValue(raw, value, kind, location, m);
    }

    @Override
    public String describe() {
        return switch (kind) {
            case NULL -> "null";
            case BOOL -> "a boolean";
            case NUMBER -> "a number";
            case STRING -> "a string";
        };
    }
}
