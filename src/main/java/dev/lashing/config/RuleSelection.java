package dev.lashing.config;

import dev.lashing.core.RuleMeta;
import dev.lashing.core.Severity;
import dev.lashing.files.Glob;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Decides which rules run, at which severity, where they are switched off, and when a run fails.
 *
 * <p>Semantics follow ruff: start from every rule enabled by default; a {@code select} (from the
 * configuration, replaced by {@code --select} when given) replaces that start set;
 * {@code extend-select} (configuration and command line) adds; {@code ignore} (configuration and
 * command line) removes, and wins over any select. A selector is {@code ALL} (every rule, opt-in
 * ones included), a rule id ({@code DF001}), an id prefix ({@code DF}, {@code DF0}), a rule name
 * ({@code last-user-root}) or a peer tool's code that rules list as an alias ({@code DL3002},
 * {@code CKV_DOCKER_3}); matching is case-insensitive. Unknown selectors are errors, except that a
 * hadolint-origin configuration may name hadolint ({@code DLxxxx}) and ShellCheck ({@code SCxxxx})
 * codes lashing does not cover yet, which become warnings. For severity overrides the most specific
 * selector wins: id, name or alias over any prefix, a longer prefix over a shorter one, any prefix
 * over {@code ALL}; between equals the later entry wins.
 */
public final class RuleSelection {
    /** Stage prefixes that are valid selectors even before any rule of the stage exists. */
    static final Set<String> STAGE_PREFIXES = Set.of("DF", "SH", "IM", "RT", "HO", "VU", "SC");

    /** The outcome of rule selection, ready for {@code LintOptions}. */
    public record Selected(
            Set<String> enabledIds,
            Function<RuleMeta, Severity> severity,
            BiPredicate<String, String> ignoredForPath,
            FailOn failOn,
            List<String> warnings) {

        /** Copies collections and checks required fields. */
        public Selected {
            enabledIds = Set.copyOf(enabledIds);
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(ignoredForPath, "ignoredForPath");
            Objects.requireNonNull(failOn, "failOn");
            warnings = List.copyOf(warnings);
        }
    }

    private record Match(Set<String> ids, int specificity) {}

    private final List<RuleMeta> catalog;
    private final Map<String, Set<String>> exact = new HashMap<>();
    private final Set<String> prefixes = new TreeSet<>(STAGE_PREFIXES);
    private final LashingConfig config;
    private final List<String> warnings = new ArrayList<>();

    private RuleSelection(List<RuleMeta> catalog, LashingConfig config) {
        this.catalog = List.copyOf(catalog);
        this.config = config;
        for (RuleMeta r : catalog) {
            index(r.id(), r.id());
            index(r.name(), r.id());
            r.aliases().forEach(a -> index(a, r.id()));
            prefixes.add(r.prefix().toUpperCase(Locale.ROOT));
        }
    }

    private void index(String key, String id) {
        exact.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>()).add(id);
    }

    /** Resolves {@code config} and {@code cli} against {@code catalog}; unknown selectors are errors. */
    public static Selected resolve(List<RuleMeta> catalog, LashingConfig config, CliOverrides cli) throws ConfigException {
        return new RuleSelection(catalog, config).run(cli);
    }

    private Selected run(CliOverrides cli) throws ConfigException {
        Set<String> enabled = new TreeSet<>();
        if (cli.select().isPresent()) {
            enabled.addAll(idsOf(cli.select().get(), "--select", true));
        } else if (!config.select().isEmpty()) {
            enabled.addAll(idsOf(config.select(), "select", false));
        } else {
            catalog.stream().filter(RuleMeta::enabledByDefault).forEach(r -> enabled.add(r.id()));
        }
        enabled.addAll(idsOf(config.extendSelect(), "extend-select", false));
        enabled.addAll(idsOf(cli.extendSelect(), "--extend-select", true));
        enabled.removeAll(idsOf(config.ignore(), "ignore", false));
        enabled.removeAll(idsOf(cli.ignore(), "--ignore", true));

        Map<String, Severity> severities = severities();
        Function<RuleMeta, Severity> severity = r -> severities.getOrDefault(r.id(), r.severity());

        List<Map.Entry<Glob, Set<String>>> perFile = new ArrayList<>();
        for (PathIgnore p : config.perFileIgnores()) {
            perFile.add(Map.entry(p.matcher(), idsOf(p.codes(), "per-file-ignores \"" + p.glob() + "\"", false)));
        }
        Path cwd = cli.cwd().toAbsolutePath().normalize();
        Path base = config.baseDir().toAbsolutePath().normalize();
        BiPredicate<String, String> ignoredForPath = perFile.isEmpty() ? (path, id) -> false : (path, id) -> {
            if (path.equals("-")) {
                return false;
            }
            String rel = relativeTo(base, cwd, path);
            for (Map.Entry<Glob, Set<String>> e : perFile) {
                if (e.getValue().contains(id) && e.getKey().matchesSelfOrParent(rel)) {
                    return true;
                }
            }
            return false;
        };
        FailOn failOn = cli.failOn().orElse(config.effectiveFailOn());
        return new Selected(enabled, severity, ignoredForPath, failOn, warnings);
    }

    private static String relativeTo(Path base, Path cwd, String displayPath) {
        try {
            Path abs = cwd.resolve(displayPath).normalize();
            if (abs.startsWith(base)) {
                return base.relativize(abs).toString().replace(abs.getFileSystem().getSeparator(), "/");
            }
        } catch (RuntimeException e) {
            // not a path on this file system: match the display path as written
        }
        return displayPath;
    }

    private Map<String, Severity> severities() throws ConfigException {
        Map<String, Severity> out = new HashMap<>();
        Map<String, Integer> bestSpecificity = new HashMap<>();
        for (Map.Entry<String, Severity> e : config.severity().entrySet()) {
            Optional<Match> m = match(e.getKey(), "severity", false);
            if (m.isEmpty()) {
                continue;
            }
            for (String id : m.get().ids()) {
                int spec = m.get().specificity();
                if (spec >= bestSpecificity.getOrDefault(id, -1)) {
                    bestSpecificity.put(id, spec);
                    out.put(id, e.getValue());
                }
            }
        }
        return out;
    }

    private Set<String> idsOf(List<String> selectors, String where, boolean commandLine) throws ConfigException {
        Set<String> out = new TreeSet<>();
        for (String s : selectors) {
            match(s, where, commandLine).ifPresent(m -> out.addAll(m.ids()));
        }
        return out;
    }

    private static boolean isCode(String upper, String prefix) {
        return upper.length() > prefix.length() && upper.startsWith(prefix)
                && upper.substring(prefix.length()).chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The rules {@code selector} names; empty (with a warning) for tolerated unknown hadolint codes. */
    private Optional<Match> match(String selector, String where, boolean commandLine) throws ConfigException {
        String s = selector.trim();
        String key = s.toLowerCase(Locale.ROOT);
        if (key.equals("all")) {
            Set<String> all = new TreeSet<>();
            catalog.forEach(r -> all.add(r.id()));
            return Optional.of(new Match(all, 0));
        }
        Set<String> ids = exact.get(key);
        if (ids != null) {
            return Optional.of(new Match(ids, Integer.MAX_VALUE));
        }
        String upper = s.toUpperCase(Locale.ROOT);
        int letters = 0;
        while (letters < upper.length() && upper.charAt(letters) >= 'A' && upper.charAt(letters) <= 'Z') {
            letters++;
        }
        boolean digitsOnly = upper.substring(letters).chars().allMatch(c -> c >= '0' && c <= '9');
        if (letters > 0 && digitsOnly && prefixes.contains(upper.substring(0, letters))) {
            Set<String> matched = new TreeSet<>();
            for (RuleMeta r : catalog) {
                if (r.id().toUpperCase(Locale.ROOT).startsWith(upper)) {
                    matched.add(r.id());
                }
            }
            boolean stageOnly = letters == upper.length();
            if (!matched.isEmpty() || stageOnly) {
                return Optional.of(new Match(matched, upper.length()));
            }
        }
        if (!commandLine && config.origin() == Origin.HADOLINT && (isCode(upper, "DL") || isCode(upper, "SC"))) {
            warnings.add(config.source().map(p -> p + ": ").orElse("") + "hadolint rule '" + s
                    + "' in '" + where + "' has no lashing equivalent yet; ignored");
            return Optional.empty();
        }
        List<String> candidates = new ArrayList<>();
        catalog.forEach(r -> {
            candidates.add(r.id());
            candidates.add(r.name());
        });
        String message = "unknown rule selector '" + s + "' in " + (commandLine ? where : "'" + where + "'")
                + Suggestions.hint(s, candidates);
        if (commandLine) {
            throw ConfigException.commandLine(message);
        }
        throw new ConfigException(config.source().orElse(null), Optional.empty(), message);
    }
}
