package dev.lashing.dockerfile.syntax;

/** {@code CMD}, exec or shell form. */
public record Cmd(InstructionSyntax syntax, CommandLine command) implements Instruction {}
