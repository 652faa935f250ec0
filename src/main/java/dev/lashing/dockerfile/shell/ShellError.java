package dev.lashing.dockerfile.shell;

import dev.lashing.core.TextRange;
import java.util.Objects;

/** A syntax error in a shell script (or a limit that stopped the analysis), at its Dockerfile range. */
public record ShellError(String message, TextRange range) {

    /** Checks required fields. */
    public ShellError {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(range, "range");
    }
}
