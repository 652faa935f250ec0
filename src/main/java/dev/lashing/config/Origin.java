package dev.lashing.config;

/** Where a configuration came from: a {@code .lashing.yaml}, a migrated {@code .hadolint.yaml}, or built-in defaults. */
public enum Origin {
    LASHING,
    HADOLINT,
    DEFAULT
}
