package dev.lashing.dockerfile.syntax;

/** {@code ENTRYPOINT}, exec or shell form. */
public record Entrypoint(InstructionSyntax syntax, CommandLine command) implements Instruction {}
