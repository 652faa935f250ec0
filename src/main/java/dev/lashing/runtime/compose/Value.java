package dev.lashing.runtime.compose;

import dev.lashing.core.Location;

/**
 * A compose YAML value after YAML merge keys and variable interpolation, with the location of the
 * node it came from: a mapping, a sequence or a scalar. Values are immutable and shared.
 */
sealed interface Value permits MapValue, ListValue, ScalarValue {

    /** How an override file's value combines with the value it overrides ({@code !reset}, {@code !override}). */
    enum Modifier {
        /** The merge rules apply. */
        NONE,
        /** {@code !reset}: the value is removed. */
        RESET,
        /** {@code !override}: the value replaces the other instead of merging with it. */
        OVERRIDE
    }

    /** Where the value is written (the node of the file whose value won a merge). */
    Location location();

    /** The merge modifier of the value. */
    Modifier modifier();

    /** The same value with another modifier. */
    Value with(Modifier modifier);

    /** A name for the kind of value, for messages: "a mapping", "a list", "a string". */
    String describe();
}
