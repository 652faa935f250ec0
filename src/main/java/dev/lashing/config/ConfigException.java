package dev.lashing.config;

import dev.lashing.core.Position;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A configuration that cannot be used: unreadable, malformed YAML, an unknown key, a value of the
 * wrong type, or an unknown rule selector. Carries the file (absent for command-line options) and,
 * where known, the 1-based position of the offending key or value.
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Optional<Path> path;
    private final transient Optional<Position> position;
    private final String problem;

    /** An error in {@code path} (null for the command line) at {@code position}, if known. */
    public ConfigException(Path path, Optional<Position> position, String message) {
        super(message);
        this.path = Optional.ofNullable(path);
        this.position = Objects.requireNonNull(position, "position");
        this.problem = Objects.requireNonNull(message, "message");
    }

    /** An error in a command-line option. */
    public static ConfigException commandLine(String message) {
        return new ConfigException(null, Optional.empty(), message);
    }

    /** The configuration file, absent when the error is in a command-line option. */
    public Optional<Path> path() {
        return path;
    }

    /** Where in the file, when known. */
    public Optional<Position> position() {
        return position;
    }

    /** The message without location. */
    public String problem() {
        return problem;
    }

    /** "file:line:col: message", "file: message", or "command line: message". */
    public String describe() {
        String file = path.map(Path::toString).orElse("command line");
        return position.map(p -> file + ":" + p.line() + ":" + p.column() + ": " + problem)
                .orElse(file + ": " + problem);
    }
}
