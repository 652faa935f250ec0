package dev.lashing.config;

import dev.lashing.core.Severity;
import dev.lashing.rules.Settings;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One effective configuration: where it came from, the rule selectors ({@code select} empty when
 * not set), severity overrides by selector (in file order), the failure threshold, rule settings,
 * per-file ignores, exclude globs, whether inline suppressions count, and the directory globs are
 * relative to.
 */
public record LashingConfig(
        Optional<Path> source,
        Origin origin,
        List<String> select,
        List<String> extendSelect,
        List<String> ignore,
        Map<String, Severity> severity,
        Optional<FailOn> failOn,
        Settings settings,
        List<PathIgnore> perFileIgnores,
        List<String> exclude,
        boolean inlineSuppressions,
        boolean noColor,
        Path baseDir) {

    /** Copies collections (keeping the order of {@code severity}) and checks required fields. */
    public LashingConfig {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
        select = List.copyOf(select);
        extendSelect = List.copyOf(extendSelect);
        ignore = List.copyOf(ignore);
        severity = Collections.unmodifiableMap(new LinkedHashMap<>(severity));
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(settings, "settings");
        perFileIgnores = List.copyOf(perFileIgnores);
        exclude = List.copyOf(exclude);
        Objects.requireNonNull(baseDir, "baseDir");
    }

    /** The built-in defaults, with globs relative to {@code baseDir}. */
    public static LashingConfig defaults(Path baseDir) {
        return new LashingConfig(Optional.empty(), Origin.DEFAULT, List.of(), List.of(), List.of(), Map.of(),
                Optional.empty(), MapSettings.empty(), List.of(), List.of(), true, false, baseDir);
    }

    /** The failure threshold in effect when the command line does not set one. */
    public FailOn effectiveFailOn() {
        return failOn.orElse(FailOn.DEFAULT);
    }
}
