package dev.lashing.dockerfile.syntax;

/** {@code USER user[:group]}; the token is the whole raw argument. */
public record User(InstructionSyntax syntax, Token user) implements Instruction {}
