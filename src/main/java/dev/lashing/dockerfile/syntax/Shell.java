package dev.lashing.dockerfile.syntax;

import java.util.List;

/** {@code SHELL ["executable", "parameters"]}; always exec form. */
public record Shell(InstructionSyntax syntax, List<Token> argv) implements Instruction {

    /** Copies the list. */
    public Shell {
        argv = List.copyOf(argv);
    }
}
