package dev.lashing.dockerfile.shell;

import dev.lashing.core.TextRange;
import java.util.List;
import java.util.Objects;

/**
 * A pipeline of at least two elements ({@code a | b}). {@code commands} are the simple commands
 * that are direct elements, in order; an element that is a compound command (subshell, loop ...)
 * counts for positions but is not listed.
 */
public record Pipeline(List<Command> commands, TextRange range, boolean negated) {

    /** Copies the list. */
    public Pipeline {
        commands = List.copyOf(commands);
        Objects.requireNonNull(range, "range");
    }

    @Override
    public String toString() {
        return (negated ? "! " : "") + commands;
    }
}
