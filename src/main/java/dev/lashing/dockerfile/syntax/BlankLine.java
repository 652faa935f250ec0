package dev.lashing.dockerfile.syntax;

import dev.lashing.core.TextRange;

/** A line holding only white space. */
public record BlankLine(TextRange range) implements Node {}
