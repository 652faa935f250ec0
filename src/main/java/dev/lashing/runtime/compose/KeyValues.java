package dev.lashing.runtime.compose;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The "list or mapping" keys of compose ({@code environment}, {@code labels}, {@code sysctls}, ...):
 * {@code - NAME=value} items and {@code NAME: value} entries read alike. A list item without
 * {@code =} becomes a null value, like a mapping key without a value.
 */
final class KeyValues {
    private KeyValues() {}

    /**
     * {@code v} as a mapping: a mapping as it is, a list's {@code NAME=value} items as entries located
     * at the item (whose text as written is kept); items that are not scalars are left out.
     */
    static MapValue asMap(Value v) {
        if (v instanceof MapValue m) {
            return m;
        }
        Map<String, MapValue.Entry> out = new LinkedHashMap<>();
        if (v instanceof ListValue l) {
            for (Value item : l.items()) {
                if (item instanceof ScalarValue s && !s.isNull()) {
                    MapValue.Entry e = entry(s);
                    out.remove(e.key());
                    out.put(e.key(), e);
                }
            }
        }
        return new MapValue(out, v.location(), v.modifier());
    }

    /** The entry a {@code NAME=value} item stands for (its name is read from the text as written when unresolved). */
    static MapValue.Entry entry(ScalarValue s) {
        String text = s.value() != null ? s.value() : s.raw();
        int eq = text.indexOf('=');
        String name = eq < 0 ? text : text.substring(0, eq);
        ScalarValue value;
        if (eq < 0) {
            value = new ScalarValue(s.raw(), s.value() == null ? null : "", ScalarValue.Kind.NULL, s.location(),
                    s.modifier());
        } else {
            value = new ScalarValue(s.raw(), s.value() == null ? null : text.substring(eq + 1), ScalarValue.Kind.STRING,
                    s.location(), s.modifier());
        }
        return new MapValue.Entry(name, s.location(), value);
    }
}
