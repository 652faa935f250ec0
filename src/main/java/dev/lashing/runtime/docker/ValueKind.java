package dev.lashing.runtime.docker;

/** The type of a flag's value, as the CLI checks it before anything else. */
enum ValueKind {
    /** A switch: no value, or {@code --flag=true|false}. */
    BOOL,
    /** Any text. */
    STRING,
    /** A signed 64-bit integer. */
    INT,
    /** An unsigned integer. */
    UINT,
    /** A size with an optional unit ({@code 512m}, {@code 1g}). */
    BYTES,
    /** A decimal number ({@code 1.5}). */
    DECIMAL,
    /** A Go duration ({@code 30s}, {@code 1m30s}). */
    DURATION
}
