package dev.lashing.dockerfile.syntax;

import java.util.List;

/** {@code LABEL key=value ...}. */
public record Label(InstructionSyntax syntax, List<KeyValue> pairs) implements Instruction {

    /** Copies the list. */
    public Label {
        pairs = List.copyOf(pairs);
    }
}
