package dev.lashing.dockerfile.syntax;

import dev.lashing.core.TextRange;

/**
 * A top-level piece of a Dockerfile. The nodes of a file cover its text exactly, in order and
 * without gaps, which is what makes the tree lossless.
 */
public sealed interface Node permits Directive, Comment, BlankLine, Instruction {

    /** The source range, line terminator included. */
    TextRange range();
}
