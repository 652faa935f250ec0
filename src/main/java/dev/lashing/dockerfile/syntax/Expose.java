package dev.lashing.dockerfile.syntax;

import java.util.List;

/** {@code EXPOSE port[/proto] ...}, ports possibly ranges such as {@code 8000-8010/udp}. */
public record Expose(InstructionSyntax syntax, List<Token> ports) implements Instruction {

    /** Copies the list. */
    public Expose {
        ports = List.copyOf(ports);
    }
}
