package dev.lashing.dockerfile.syntax;

import java.util.List;

/** {@code ARG name[=default] ...}. */
public record Arg(InstructionSyntax syntax, List<ArgDeclaration> declarations) implements Instruction {

    /** Copies the list. */
    public Arg {
        declarations = List.copyOf(declarations);
    }
}
