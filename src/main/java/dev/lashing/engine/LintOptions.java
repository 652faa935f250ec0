package dev.lashing.engine;

import dev.lashing.core.RuleMeta;
import dev.lashing.core.Severity;
import dev.lashing.registry.RegisteredRule;
import dev.lashing.rules.Settings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * How to lint: which rules run, at which severity, which rules are switched off for which paths,
 * rule settings, whether inline suppressions count, build arguments, and how a suppression code
 * resolves to rule ids.
 *
 * @param enabled the rules to run
 * @param severity the effective severity of a rule (configuration overrides applied)
 * @param ignoredForPath given (display path, rule id): true when the rule is switched off for that path (per-file ignores)
 * @param settings rule settings
 * @param inlineSuppressions false to ignore every suppression comment
 * @param buildArgs values of {@code --build-arg}
 * @param codeResolver the rule ids a suppression code names (id, name or alias; empty if unknown)
 */
public record LintOptions(
        List<RegisteredRule> enabled,
        Function<RuleMeta, Severity> severity,
        BiPredicate<String, String> ignoredForPath,
        Settings settings,
        boolean inlineSuppressions,
        Map<String, String> buildArgs,
        Function<String, Set<String>> codeResolver) {

    /** Copies collections. */
    public LintOptions {
        enabled = List.copyOf(enabled);
        buildArgs = Map.copyOf(buildArgs);
    }
}
