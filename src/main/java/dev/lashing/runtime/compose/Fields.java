package dev.lashing.runtime.compose;

import dev.lashing.core.InputError;
import dev.lashing.core.Location;
import dev.lashing.runtime.model.Sourced;
import dev.lashing.runtime.yaml.YamlComments;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Reads typed settings from compose values as {@link Sourced} values located at their YAML node:
 * explicit when written, unresolved when a variable in them is unset, and null (with an error at the
 * node) when the value has the wrong type.
 */
final class Fields {
    private static final int MAX_TEXT = 160;

    private final Consumer<InputError> errors;
    private final Budget budget;

    Fields(Consumer<InputError> errors, Budget budget) {
        this.errors = errors;
        this.budget = budget;
    }

    /** Reports {@code message} at {@code at}. */
    void error(Location at, String message) {
        errors.accept(InputError.at(at, message));
    }

    /** {@code key: value} as written, for messages (long values shortened, lines joined). */
    static String text(String key, Value v) {
        String raw;
        if (v instanceof ScalarValue s) {
            raw = s.raw().length() > 2 * MAX_TEXT ? s.raw().substring(0, 2 * MAX_TEXT) : s.raw();
        } else {
            Location at = v.location();
            int start = at.range().start();
            raw = YamlComments.strip(at.file().text().substring(start, Math.min(at.range().end(), start + 2 * MAX_TEXT)));
        }
        String one = oneLine(raw);
        if (one.length() > MAX_TEXT) {
            one = one.substring(0, MAX_TEXT - 3) + "...";
        }
        return key.isEmpty() ? one : key + ": " + one;
    }

    /** {@code s} with each line break and the blanks around it turned into one space. */
    private static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean skipping = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                while (b.length() > 0 && (b.charAt(b.length() - 1) == ' ' || b.charAt(b.length() - 1) == '\t')) {
                    b.setLength(b.length() - 1);
                }
                skipping = true;
                continue;
            }
            if (skipping && (c == ' ' || c == '\t')) {
                continue;
            }
            if (skipping && b.length() > 0) {
                b.append(' ');
            }
            skipping = false;
            b.append(c);
        }
        return b.toString().strip();
    }

    /** A scalar as text (numbers and booleans as written); null with an error for lists, mappings and null. */
    Sourced<String> string(String key, Value v) {
        if (!(v instanceof ScalarValue s) || s.isNull()) {
            error(v.location(), "\"" + key + "\" must be a string, found " + v.describe());
            return null;
        }
        return s.unresolved() ? Sourced.unresolved(s.location(), text(key, v))
                : Sourced.explicit(s.value(), s.location(), text(key, v));
    }

    /** A boolean ({@code true}, or a string compose reads as one such as {@code "yes"}). */
    Sourced<Boolean> bool(String key, Value v) {
        Sourced<String> s = scalar(key, v, "a boolean (true or false)");
        if (s == null || s.isUnresolved()) {
            return s == null ? null : Sourced.unresolved(v.location(), s.text());
        }
        Boolean b = Units.bool(s.value());
        if (b == null) {
            error(v.location(), "\"" + key + "\" must be a boolean (true or false), found \"" + s.value() + "\"");
            return null;
        }
        return Sourced.explicit(b, v.location(), s.text());
    }

    /** A byte size ({@code 512m}, {@code 1.5gb}, {@code 1073741824}). */
    Sourced<Long> bytes(String key, Value v) {
        Sourced<String> s = scalar(key, v, "a size such as 512m or 1g");
        if (s == null || s.isUnresolved()) {
            return s == null ? null : Sourced.unresolved(v.location(), s.text());
        }
        OptionalLong b = Units.bytes(s.value());
        if (b.isEmpty()) {
            error(v.location(), "\"" + key + "\" must be a size such as 512m or 1g, found \"" + s.value() + "\"");
            return null;
        }
        return Sourced.explicit(b.getAsLong(), v.location(), s.text());
    }

    /** An integer. */
    Sourced<Long> integer(String key, Value v) {
        Sourced<String> s = scalar(key, v, "an integer");
        if (s == null || s.isUnresolved()) {
            return s == null ? null : Sourced.unresolved(v.location(), s.text());
        }
        OptionalLong n = Units.integer(s.value());
        if (n.isEmpty()) {
            error(v.location(), "\"" + key + "\" must be an integer, found \"" + s.value() + "\"");
            return null;
        }
        return Sourced.explicit(n.getAsLong(), v.location(), s.text());
    }

    /** A decimal number not below zero (CPUs). */
    Sourced<Double> decimal(String key, Value v) {
        Sourced<String> s = scalar(key, v, "a number");
        if (s == null || s.isUnresolved()) {
            return s == null ? null : Sourced.unresolved(v.location(), s.text());
        }
        Double d = Units.decimal(s.value());
        if (d == null || d < 0) {
            error(v.location(), "\"" + key + "\" must be a number not below 0, found \"" + s.value() + "\"");
            return null;
        }
        return Sourced.explicit(d, v.location(), s.text());
    }

    /** Checks that {@code v} is a duration such as {@code 1m30s}; reports it otherwise. */
    void duration(String key, Value v) {
        Sourced<String> s = scalar(key, v, "a duration such as 30s or 1m30s");
        if (s != null && !s.isUnresolved() && Units.durationNanos(s.value()).isEmpty()) {
            error(v.location(), "\"" + key + "\" must be a duration such as 30s or 1m30s, found \"" + s.value() + "\"");
        }
    }

    /** A list of scalars, or one scalar as a list of one ("string or list" keys); null with an error otherwise. */
    List<Value> stringOrList(String key, Value v) {
        if (v instanceof ListValue l) {
            budget.spend(l.items().size());
            return l.items();
        }
        if (v instanceof ScalarValue s) {
            return s.isNull() ? List.of() : List.of(s);
        }
        error(v.location(), "\"" + key + "\" must be a string or a list, found " + v.describe());
        return null;
    }

    /** A list; null with an error otherwise (null counts as an empty list). */
    List<Value> list(String key, Value v) {
        if (v instanceof ListValue l) {
            budget.spend(l.items().size());
            return l.items();
        }
        if (v instanceof ScalarValue s && s.isNull()) {
            return List.of();
        }
        error(v.location(), "\"" + key + "\" must be a list, found " + v.describe());
        return null;
    }

    /** A mapping; null with an error otherwise (null counts as an empty mapping). */
    MapValue map(String key, Value v) {
        if (v instanceof MapValue m) {
            budget.spend(m.entries().size());
            return m;
        }
        if (v instanceof ScalarValue s && s.isNull()) {
            return new MapValue(java.util.Map.of(), s.location(), s.modifier());
        }
        error(v.location(), "\"" + key + "\" must be a mapping, found " + v.describe());
        return null;
    }

    private Sourced<String> scalar(String key, Value v, String expected) {
        if (!(v instanceof ScalarValue s) || s.isNull()) {
            error(v.location(), "\"" + key + "\" must be " + expected + ", found " + v.describe());
            return null;
        }
        return s.unresolved() ? Sourced.unresolved(s.location(), text(key, v))
                : Sourced.explicit(s.value(), s.location(), text(key, v));
    }
}
