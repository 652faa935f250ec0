package dev.lashing.dockerfile.syntax;

/** {@code WORKDIR path}; the token is the whole raw argument. */
public record Workdir(InstructionSyntax syntax, Token path) implements Instruction {}
