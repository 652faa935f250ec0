package dev.lashing.dockerfile.syntax;

import java.util.List;

/** {@code VOLUME ["/a", "/b"]} or {@code VOLUME /a /b}. */
public record Volume(InstructionSyntax syntax, List<Token> paths, boolean json) implements Instruction {

    /** Copies the list. */
    public Volume {
        paths = List.copyOf(paths);
    }
}
