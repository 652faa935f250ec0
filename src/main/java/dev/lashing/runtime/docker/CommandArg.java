package dev.lashing.runtime.docker;

import dev.lashing.core.TextRange;
import java.util.Objects;

/**
 * One word of a command line after shell quote removal, with the range of its text as written.
 *
 * @param value the word after quote removal (expansions such as {@code $HOME} are kept as written)
 * @param range where the word is written in the source, quotes included
 * @param expansionAt the index in {@code value} of the first expansion lashing cannot perform ({@code $VAR},
 *     {@code $(cmd)}, a backquote, a leading {@code ~}, a systemd specifier); -1 when there is none
 */
public record CommandArg(String value, TextRange range, int expansionAt) {

    /** Checks fields. */
    public CommandArg {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(range, "range");
    }

    /** A word that holds no expansion. */
    public static CommandArg literal(String value, TextRange range) {
        return new CommandArg(value, range, -1);
    }

    /** True when the word depends on an expansion lashing does not perform. */
    public boolean unresolved() {
        return expansionAt >= 0;
    }
}
