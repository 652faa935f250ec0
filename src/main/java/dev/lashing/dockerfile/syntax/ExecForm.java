package dev.lashing.dockerfile.syntax;

import dev.lashing.core.TextRange;
import java.util.List;

/**
 * A JSON array of strings. Each argument's text is the decoded JSON string; its range is the
 * quoted string in the source.
 */
public record ExecForm(List<Token> args, TextRange range) implements CommandLine {

    /** Copies the list. */
    public ExecForm {
        args = List.copyOf(args);
    }
}
