package dev.lashing.config;

import dev.lashing.rules.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link Settings} over the {@code settings:} map of a configuration. Values are strings, booleans,
 * lists of strings or maps of strings; a lookup of the wrong shape returns the fallback, except that
 * a single string reads as a one-element list (hadolint allows {@code trustedRegistries: docker.io}).
 */
public final class MapSettings implements Settings {
    private final Map<String, Object> values;

    private MapSettings(Map<String, Object> values) {
        this.values = values;
    }

    /** Settings from {@code values}; each value must be a String, Boolean, List of String or Map of String to String. */
    public static MapSettings of(Map<String, ?> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            Object v = Objects.requireNonNull(e.getValue(), e.getKey());
            Object c;
            if (v instanceof String || v instanceof Boolean) {
                c = v;
            } else if (v instanceof List<?> l) {
                c = l.stream().map(x -> (String) Objects.requireNonNull(x)).toList();
            } else if (v instanceof Map<?, ?> m) {
                Map<String, String> mm = new LinkedHashMap<>();
                m.forEach((k, x) -> mm.put((String) k, (String) x));
                c = java.util.Collections.unmodifiableMap(mm);
            } else {
                throw new IllegalArgumentException("unsupported setting value for " + e.getKey() + ": " + v.getClass());
            }
            copy.put(e.getKey(), c);
        }
        return new MapSettings(java.util.Collections.unmodifiableMap(copy));
    }

    /** Settings with nothing in them. */
    public static MapSettings empty() {
        return new MapSettings(Map.of());
    }

    /** The raw values, keyed by setting name. */
    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public List<String> stringList(String key) {
        Object v = values.get(key);
        if (v instanceof String s) {
            return List.of(s);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(String.class::cast).toList();
        }
        return List.of();
    }

    @Override
    public Map<String, String> stringMap(String key) {
        Object v = values.get(key);
        if (v instanceof Map<?, ?> m) {
            Map<String, String> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put((String) k, (String) x));
            return java.util.Collections.unmodifiableMap(out);
        }
        return Map.of();
    }

    @Override
    public boolean bool(String key, boolean fallback) {
        Object v = values.get(key);
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(s);
        }
        return fallback;
    }

    @Override
    public String string(String key, String fallback) {
        Object v = values.get(key);
        return v instanceof String || v instanceof Boolean ? v.toString() : fallback;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapSettings m && m.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "MapSettings" + values;
    }
}
