package dev.lashing.config;

import java.util.List;
import java.util.Objects;

/** A loaded configuration and the warnings loading it produced (e.g. hadolint keys lashing ignores). */
public record LoadedConfig(LashingConfig config, List<String> warnings) {

    /** Checks required fields and copies the warnings. */
    public LoadedConfig {
        Objects.requireNonNull(config, "config");
        warnings = List.copyOf(warnings);
    }
}
