package dev.lashing.cli;

import dev.lashing.config.CliOverrides;
import dev.lashing.config.ConfigException;
import dev.lashing.config.ConfigLoader;
import dev.lashing.config.FailOn;
import dev.lashing.config.LashingConfig;
import dev.lashing.config.LoadedConfig;
import dev.lashing.config.RuleSelection;
import dev.lashing.engine.LintOptions;
import dev.lashing.registry.BuiltinRules;
import dev.lashing.registry.CodeResolver;
import dev.lashing.registry.RegisteredRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every checking command sets up the same way: the configuration (discovered, given or none),
 * the rule selection with command-line overrides, and the resulting lint options.
 *
 * @param loaded the configuration and its warnings
 * @param selected the selected rules, severities and fail threshold
 * @param options the options for the engine
 */
record RunSetup(LoadedConfig loaded, RuleSelection.Selected selected, LintOptions options) {

    /** Loads configuration and resolves the selection; prints warnings unless {@code quiet}. */
    static RunSetup of(Environment env, SelectionOptions selection, Map<String, String> buildArgs, boolean quiet)
            throws UsageException, ConfigException {
        String failOn = selection.failOn;
        Path config = selection.config;
        Optional<FailOn> threshold = Optional.empty();
        if (failOn != null) {
            threshold = Optional.of(FailOn.parse(failOn).orElseThrow(() ->
                    new UsageException("--fail-on must be error, warning, info or never, not '" + failOn + "'")));
        }
        LoadedConfig loaded = selection.isolated ? new LoadedConfig(LashingConfig.defaults(env.cwd()), List.of())
                : config != null ? ConfigLoader.load(env.cwd().resolve(config))
                : ConfigLoader.discover(env.cwd(), env.env(), env.home());
        CliOverrides cli = new CliOverrides(Optional.ofNullable(selection.select), selection.extendSelect,
                selection.ignore, threshold, env.cwd());
        RuleSelection.Selected selected = RuleSelection.resolve(BuiltinRules.catalog().rules(), loaded.config(), cli);
        if (!quiet) {
            loaded.warnings().forEach(w -> env.stderr().println("lashing: warning: " + w));
            selected.warnings().forEach(w -> env.stderr().println("lashing: warning: " + w));
        }
        List<RegisteredRule> rules = BuiltinRules.all().stream()
                .filter(r -> selected.enabledIds().contains(r.meta().id())).toList();
        CodeResolver resolver = new CodeResolver(BuiltinRules.catalog().rules());
        LintOptions options = new LintOptions(rules, selected.severity(), selected.ignoredForPath(),
                loaded.config().settings(), loaded.config().inlineSuppressions(), buildArgs, resolver::resolve);
        return new RunSetup(loaded, selected, options);
    }
}
