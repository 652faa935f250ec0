package dev.lashing.core;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; ordered from least to most severe. */
public enum Severity {
    INFO,
    WARNING,
    ERROR;

    /** The lower-case name used in reports and configuration ("info", "warning", "error"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as severe as {@code other}. */
    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /**
     * Parses a severity name case-insensitively. hadolint's {@code style} maps to {@link #INFO}, its
     * {@code note} spelling (SARIF) as well.
     */
    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> Optional.of(ERROR);
            case "warning", "warn" -> Optional.of(WARNING);
            case "info", "style", "note" -> Optional.of(INFO);
            default -> Optional.empty();
        };
    }
}
