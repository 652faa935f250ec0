package dev.lashing.core;

import java.util.Objects;

/**
 * A Dockerfile instruction that an image finding is traced back to: the file as given on the
 * command line, where the instruction starts and its first line.
 *
 * @param file the Dockerfile's path as given on the command line
 * @param line the 1-based line the instruction starts on
 * @param column the 1-based column (UTF-16 code units) the instruction starts at
 * @param text the instruction's first line, without its line continuation
 */
public record InstructionRef(String file, int line, int column, String text) {

    /** Checks fields. */
    public InstructionRef {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    /** The same instruction with another text (to mask a secret in it). */
    public InstructionRef withText(String newText) {
        return new InstructionRef(file, line, column, newText);
    }
}
