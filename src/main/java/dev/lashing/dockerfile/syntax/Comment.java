package dev.lashing.dockerfile.syntax;

import dev.lashing.core.TextRange;

/**
 * A comment line. {@code text} is the content after {@code #}, and {@code contentRange} its
 * place; comments inside a continued instruction are recorded in the instruction instead.
 */
public record Comment(TextRange range, String text, TextRange contentRange) implements Node {}
