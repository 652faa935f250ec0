package dev.lashing.runtime.compose;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The variables compose interpolates from: the environment given, over the {@code .env} file's
 * entries. A name can also be known to be set to a value lashing cannot know (an {@code .env} entry
 * that itself uses an unset variable): anything using it is unresolved.
 */
final class Variables {
    private final Map<String, String> values;
    private final Set<String> unknown;

    private Variables(Map<String, String> values, Set<String> unknown) {
        this.values = values;
        this.unknown = unknown;
    }

    /** Exactly the variables of {@code environment}. */
    static Variables of(Map<String, String> environment) {
        Map<String, String> v = new HashMap<>();
        environment.forEach((k, val) -> {
            if (k != null && val != null) {
                v.put(k, val);
            }
        });
        return new Variables(v, new HashSet<>());
    }

    /** These variables with {@code name} set to {@code value}, or to an unknown value when it is null. */
    Variables with(String name, String value) {
        Map<String, String> v = new HashMap<>(values);
        Set<String> u = new HashSet<>(unknown);
        if (value == null) {
            v.remove(name);
            u.add(name);
        } else {
            v.put(name, value);
            u.remove(name);
        }
        return new Variables(v, u);
    }

    /** {@code defaults} overlaid by these variables: what is set here wins. */
    Variables over(Variables defaults) {
        Map<String, String> v = new HashMap<>(defaults.values);
        Set<String> u = new HashSet<>(defaults.unknown);
        for (String n : unknown) {
            v.remove(n);
            u.add(n);
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            u.remove(e.getKey());
            v.put(e.getKey(), e.getValue());
        }
        return new Variables(v, u);
    }

    /** True when {@code name} is set (to a known or an unknown value). */
    boolean isSet(String name) {
        return values.containsKey(Objects.requireNonNull(name)) || unknown.contains(name);
    }

    /** True when {@code name} is set to a value that cannot be resolved. */
    boolean isUnknown(String name) {
        return unknown.contains(name);
    }

    /** The value of {@code name}; null when unset or unknown. */
    String get(String name) {
        return values.get(name);
    }
}
