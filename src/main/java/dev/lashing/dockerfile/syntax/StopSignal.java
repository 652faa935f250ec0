package dev.lashing.dockerfile.syntax;

/** {@code STOPSIGNAL signal}. */
public record StopSignal(InstructionSyntax syntax, Token signal) implements Instruction {}
