package dev.lashing.config;

import dev.lashing.core.Severity;
import java.util.Locale;
import java.util.Optional;

/** The lowest finding severity that makes a run fail (non-zero exit), or {@link #NEVER}. */
public enum FailOn {
    ERROR,
    WARNING,
    INFO,
    NEVER;

    /** The default: any finding fails the run, as in hadolint ({@code failure-threshold: info}) and ruff. */
    public static final FailOn DEFAULT = INFO;

    /** True when a finding of {@code severity} makes the run fail. */
    public boolean fails(Severity severity) {
        return switch (this) {
            case ERROR -> severity.atLeast(Severity.ERROR);
            case WARNING -> severity.atLeast(Severity.WARNING);
            case INFO -> true;
            case NEVER -> false;
        };
    }

    /** The lower-case name used in configuration and on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error}, {@code warning}, {@code info} or {@code never}, case-insensitively. */
    public static Optional<FailOn> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> Optional.of(ERROR);
            case "warning" -> Optional.of(WARNING);
            case "info" -> Optional.of(INFO);
            case "never" -> Optional.of(NEVER);
            default -> Optional.empty();
        };
    }
}
