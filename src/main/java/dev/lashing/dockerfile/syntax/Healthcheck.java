package dev.lashing.dockerfile.syntax;

import java.util.Optional;

/**
 * {@code HEALTHCHECK [options] CMD command} or {@code HEALTHCHECK NONE}. {@code command} is empty
 * for NONE.
 */
public record Healthcheck(InstructionSyntax syntax, Token type, Optional<CommandLine> command) implements Instruction {

    /** True for {@code HEALTHCHECK NONE}, which disables any inherited health check. */
    public boolean isNone() {
        return command.isEmpty();
    }
}
