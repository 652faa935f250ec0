package dev.lashing.files;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One input to lint: the path as reports show it (relative to the working directory when below it,
 * else as the user gave it; always with {@code /} separators) and the file to read, absent for stdin.
 */
public record InputFile(String displayPath, Optional<Path> path) {
    /** The display path of standard input. */
    public static final String STDIN = "-";

    /** Checks required fields. */
    public InputFile {
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(path, "path");
        if (displayPath.isEmpty()) {
            throw new IllegalArgumentException("empty display path");
        }
    }

    /** Standard input, shown as {@code -}. */
    public static InputFile stdin() {
        return new InputFile(STDIN, Optional.empty());
    }

    /** A file on disk. */
    public static InputFile of(String displayPath, Path path) {
        return new InputFile(displayPath, Optional.of(path));
    }

    /** True for standard input. */
    public boolean isStdin() {
        return path.isEmpty();
    }
}
