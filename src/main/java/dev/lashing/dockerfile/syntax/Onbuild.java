package dev.lashing.dockerfile.syntax;

/** {@code ONBUILD instruction}: the trigger is parsed like any instruction. */
public record Onbuild(InstructionSyntax syntax, Instruction trigger) implements Instruction {}
