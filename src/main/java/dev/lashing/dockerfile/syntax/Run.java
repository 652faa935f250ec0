package dev.lashing.dockerfile.syntax;

import java.util.List;

/** {@code RUN [--mount=...] [--network=...] [--security=...] command}. */
public record Run(InstructionSyntax syntax, CommandLine command, List<Mount> mounts) implements Instruction {

    /** Copies the list. */
    public Run {
        mounts = List.copyOf(mounts);
    }
}
