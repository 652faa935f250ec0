package dev.lashing.runtime.compose;

import dev.lashing.core.Location;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A YAML mapping with string keys, in written order; a key written twice keeps its last value.
 *
 * @param entries the entries by key
 * @param location where it is written
 * @param modifier the merge modifier
 */
record MapValue(Map<String, Entry> entries, Location location, Modifier modifier) implements Value {

    /**
     * One key and its value.
     *
     * @param key the key
     * @param keyLocation where the key is written
     * @param value the value
     */
    record Entry(String key, Location keyLocation, Value value) {
        Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(keyLocation, "keyLocation");
            Objects.requireNonNull(value, "value");
        }

        /** The same key with another value. */
        Entry withValue(Value v) {
            return new Entry(key, keyLocation, v);
        }
    }

    MapValue {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(modifier, "modifier");
    }

    /** The value of {@code key}, if present. */
    Optional<Value> get(String key) {
        Entry e = entries.get(key);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    /** The entry of {@code key}, if present. */
    Optional<Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** The entries in order. */
    Collection<Entry> all() {
        return entries.values();
    }

    @Override
    public Value with(Modifier m) {
        return new MapValue(entries, location, m);
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
