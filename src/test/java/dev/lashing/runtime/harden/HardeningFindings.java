package dev.lashing.runtime.harden;

import dev.lashing.core.RuleMeta;
import dev.lashing.engine.LintOptions;
import dev.lashing.engine.RuntimeChecker;
import dev.lashing.registry.BuiltinRules;
import dev.lashing.registry.RegisteredRule;
import dev.lashing.rules.Settings;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.rules.RuntimeRule;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs the run-time rules over a loaded input and gives the ids of the hardening rules that still fire. */
final class HardeningFindings {
    /** The rules harden addresses (RT037 is left out: harden cannot change the port the process listens on). */
    static final Set<String> HARDENING = Set.of("RT001", "RT002", "RT004", "RT005", "RT006", "RT007", "RT008",
            "RT009", "RT010", "RT011", "RT012", "RT041");

    private HardeningFindings() {
    }

    /** The ids of hardening findings, as {@code ID location-text}. */
    static List<String> of(Loaded loaded) {
        return of(loaded, HARDENING);
    }

    /** The findings of the rules {@code ids}, as {@code ID location-text}. */
    static List<String> of(Loaded loaded, java.util.Collection<String> ids) {
        List<RegisteredRule> rules = BuiltinRules.all().stream()
                .filter(r -> r.implementation() instanceof RuntimeRule && r.meta().enabledByDefault()).toList();
        RuntimeChecker checker = new RuntimeChecker(new LintOptions(rules, RuleMeta::severity,
                (path, id) -> false, Settings.empty(), true, Map.of(), code -> Set.of()));
        return checker.check(loaded).findings().stream().filter(f -> ids.contains(f.rule().id()))
                .map(f -> f.rule().id() + " " + f.location().text()).toList();
    }
}
