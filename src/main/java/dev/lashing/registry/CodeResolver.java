package dev.lashing.registry;

import dev.lashing.core.RuleMeta;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a code written in a suppression comment to the rule ids it names: a rule id, a rule
 * name, a peer tool's code (every rule listing it as an alias), or {@code ALL}. Case-insensitive.
 */
public final class CodeResolver {
    private final Map<String, Set<String>> byKey = new HashMap<>();
    private final Set<String> all = new LinkedHashSet<>();

    /** Indexes {@code rules}. */
    public CodeResolver(List<RuleMeta> rules) {
        for (RuleMeta r : rules) {
            all.add(r.id());
            add(r.id(), r.id());
            add(r.name(), r.id());
            for (String alias : r.aliases()) {
                add(alias, r.id());
            }
        }
    }

    private void add(String key, String id) {
        byKey.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>()).add(id);
    }

    /** The rule ids {@code code} names; empty when it names none. */
    public Set<String> resolve(String code) {
        String key = code.toLowerCase(Locale.ROOT);
        if (key.equals("all")) {
            return Set.copyOf(all);
        }
        return Set.copyOf(byKey.getOrDefault(key, Set.of()));
    }
}
