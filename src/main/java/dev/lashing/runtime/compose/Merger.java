package dev.lashing.runtime.compose;

import dev.lashing.runtime.compose.Value.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Merges an override onto a base as the Compose Specification's "merge" rules say: mappings merge
 * key by key, sequences append, scalars override; {@code command}, {@code entrypoint},
 * {@code healthcheck.test} and each ulimit are replaced whole; {@code ports}, {@code volumes},
 * {@code secrets}, {@code configs} and {@code devices} merge entries by their unique key (the target);
 * {@code environment}, {@code labels}, {@code sysctls} and the like merge by variable name whichever
 * form (list or mapping) each side uses; lists of names ({@code cap_add}, {@code dns}, ...) keep one
 * of each. {@code !reset} removes a value and {@code !override} replaces it. Used for several
 * {@code -f} files and for {@code extends}.
 */
final class Merger {
    private static final Set<String> REPLACED = Set.of("command", "entrypoint");
    private static final Set<String> KEY_VALUE = Set.of("environment", "labels", "sysctls", "annotations",
            "extra_hosts", "depends_on", "networks", "ulimits", "storage_opt");
    private static final Set<String> UNIQUE_STRINGS = Set.of("expose", "env_file", "tmpfs", "cap_add", "cap_drop",
            "dns", "dns_opt", "dns_search", "links", "external_links", "profiles", "group_add", "security_opt",
            "volumes_from", "label_file", "device_cgroup_rules");

    private final Budget budget;

    Merger(Budget budget) {
        this.budget = budget;
    }

    /** The value of a single file, with its {@code !reset} values removed and {@code !override} marks dropped. */
    Value strip(Value v) {
        budget.spend(1);
        if (v instanceof MapValue m) {
            Map<String, MapValue.Entry> out = new LinkedHashMap<>();
            for (MapValue.Entry e : m.all()) {
                if (e.value().modifier() != Modifier.RESET) {
                    out.put(e.key(), e.withValue(strip(e.value())));
                }
            }
            return new MapValue(out, m.location(), Modifier.NONE);
        }
        if (v instanceof ListValue l) {
            List<Value> out = new ArrayList<>();
            for (Value item : l.items()) {
                if (item.modifier() != Modifier.RESET) {
                    out.add(strip(item));
                }
            }
            return new ListValue(out, l.location(), Modifier.NONE);
        }
        return v.modifier() == Modifier.NONE ? v : v.with(Modifier.NONE);
    }

    /**
     * {@code over} merged onto {@code base} at {@code path} (keys from the root, {@code services}
     * first); null when the result is removed.
     */
    Value merge(Value base, Value over, List<String> path) {
        if (over.modifier() == Modifier.RESET) {
            return null;
        }
        if (base == null || over.modifier() == Modifier.OVERRIDE) {
            return strip(over);
        }
        budget.spend(1);
        String serviceKey = path.size() == 3 && path.get(0).equals("services") ? path.get(2) : "";
        boolean inService = path.size() >= 3 && path.get(0).equals("services");
        if (REPLACED.contains(serviceKey) || inService && path.size() == 4 && path.get(2).equals("healthcheck")
                && path.get(3).equals("test") || inService && path.size() == 4 && path.get(2).equals("ulimits")) {
            return strip(over);
        }
        if (KEY_VALUE.contains(serviceKey) || inService && path.size() == 4 && path.get(3).equals("labels")
                || inService && path.size() == 4 && path.get(2).equals("build") && path.get(3).equals("args")) {
            return mergeMaps(KeyValues.asMap(base), KeyValues.asMap(over), path);
        }
        Function<Value, String> key = switch (serviceKey) {
            case "ports" -> Ports::identity;
            case "volumes" -> Mounts::identity;
            case "devices" -> Mounts::deviceIdentity;
            case "secrets" -> v -> Mounts.referenceIdentity(v, "/run/secrets/");
            case "configs" -> v -> Mounts.referenceIdentity(v, "/");
            default -> UNIQUE_STRINGS.contains(serviceKey) ? Merger::scalarIdentity : null;
        };
        if (key != null) {
            return mergeKeyed(asList(base), asList(over), key, path);
        }
        if (base instanceof MapValue bm && over instanceof MapValue om) {
            return mergeMaps(bm, om, path);
        }
        if (base instanceof ListValue bl && over instanceof ListValue ol) {
            List<Value> items = new ArrayList<>(bl.items());
            for (Value item : ol.items()) {
                if (item.modifier() != Modifier.RESET) {
                    items.add(strip(item));
                }
            }
            return new ListValue(items, bl.location(), Modifier.NONE);
        }
        return strip(over);
    }

    private MapValue mergeMaps(MapValue base, MapValue over, List<String> path) {
        Map<String, MapValue.Entry> out = new LinkedHashMap<>(base.entries());
        for (MapValue.Entry e : over.all()) {
            MapValue.Entry old = out.get(e.key());
            List<String> sub = new ArrayList<>(path);
            sub.add(e.key());
            Value merged = merge(old == null ? null : old.value(), e.value(), sub);
            if (merged == null) {
                out.remove(e.key());
            } else {
                out.put(e.key(), e.withValue(merged));
            }
        }
        return new MapValue(out, base.location(), Modifier.NONE);
    }

    private ListValue mergeKeyed(ListValue base, ListValue over, Function<Value, String> key, List<String> path) {
        Map<Object, Value> out = new LinkedHashMap<>();
        for (Value item : base.items()) {
            out.put(keyOf(item, key), item);
        }
        for (Value item : over.items()) {
            Object k = keyOf(item, key);
            Value old = out.get(k);
            if (item.modifier() == Modifier.RESET) {
                out.remove(k);
            } else if (old instanceof MapValue om && item instanceof MapValue im) {
                out.put(k, mergeMaps(om, im, path));
            } else {
                out.put(k, strip(item));
            }
        }
        budget.spend(out.size());
        return new ListValue(new ArrayList<>(out.values()), base.location(), Modifier.NONE);
    }

    private static Object keyOf(Value item, Function<Value, String> key) {
        String k = key.apply(item);
        return k == null ? new Object() : k;
    }

    /** A list, or a single scalar as a list of one (the "string or list" keys). */
    static ListValue asList(Value v) {
        return v instanceof ListValue l ? l : new ListValue(v instanceof ScalarValue s && s.isNull() ? List.of() : List.of(v),
                v.location(), v.modifier());
    }

    private static String scalarIdentity(Value v) {
        return v instanceof ScalarValue s && s.value() != null ? s.value() : null;
    }
}
