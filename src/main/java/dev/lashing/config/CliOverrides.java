package dev.lashing.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Rule-selection options given on the command line: {@code --select} replaces the configured
 * select, {@code --extend-select} and {@code --ignore} add to the configured lists, {@code --fail-on}
 * replaces the configured threshold. {@code cwd} is the directory display paths are relative to.
 */
public record CliOverrides(
        Optional<List<String>> select,
        List<String> extendSelect,
        List<String> ignore,
        Optional<FailOn> failOn,
        Path cwd) {

    /** Copies the lists and checks required fields. */
    public CliOverrides {
        select = Objects.requireNonNull(select, "select").map(List::copyOf);
        extendSelect = List.copyOf(extendSelect);
        ignore = List.copyOf(ignore);
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(cwd, "cwd");
    }

    /** No command-line overrides, with display paths relative to {@code cwd}. */
    public static CliOverrides none(Path cwd) {
        return new CliOverrides(Optional.empty(), List.of(), List.of(), Optional.empty(), cwd);
    }
}
