package dev.lashing.dockerfile.syntax;

/**
 * An instruction BuildKit would reject (unknown keyword, wrong arguments, bad flags). The problem
 * is also in the file's parse errors; rules see it only through {@link #name()}, so that, for
 * example, a broken FROM still starts a new stage.
 */
public record MalformedInstruction(InstructionSyntax syntax, String problem) implements Instruction {}
