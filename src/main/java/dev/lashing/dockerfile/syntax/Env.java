package dev.lashing.dockerfile.syntax;

import java.util.List;

/** {@code ENV key=value ...} or the legacy {@code ENV key value}. */
public record Env(InstructionSyntax syntax, List<KeyValue> pairs) implements Instruction {

    /** Copies the list. */
    public Env {
        pairs = List.copyOf(pairs);
    }
}
