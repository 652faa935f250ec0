package dev.lashing.dockerfile.syntax;

/** The deprecated {@code MAINTAINER name}; the token is the whole raw argument. */
public record Maintainer(InstructionSyntax syntax, Token maintainer) implements Instruction {}
