package dev.lashing.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Input that could not be read or parsed: a missing file, a syntax error, a bad configuration value.
 * Carries the file and, where known, the range of the offending text.
 */
public record InputError(String file, String message, Optional<Location> location) {

    /** Checks required fields. */
    public InputError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
    }

    /** An error at a range of a parsed file. */
    public static InputError at(Location location, String message) {
        return new InputError(location.file().path(), message, Optional.of(location));
    }

    /** An error about a whole file (not found, unreadable, too large). */
    public static InputError ofFile(String file, String message) {
        return new InputError(file, message, Optional.empty());
    }

    /** "file:line:column: message", or "file: message" when there is no location. */
    public String describe() {
        return location.map(l -> file + ":" + l.start() + ": " + message).orElse(file + ": " + message);
    }
}
