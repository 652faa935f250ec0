package dev.lashing.dockerfile.syntax;

import dev.lashing.core.TextRange;

/**
 * Something wrong in the text itself. Errors are what BuildKit would reject; warnings are what it
 * accepts with a complaint (empty continuation lines).
 */
public record ParseIssue(Kind kind, String message, TextRange range) {

    /** Whether BuildKit rejects or merely warns. */
    public enum Kind {
        ERROR,
        WARNING
    }

    /** An error at {@code range}. */
    public static ParseIssue error(String message, TextRange range) {
        return new ParseIssue(Kind.ERROR, message, range);
    }

    /** A warning at {@code range}. */
    public static ParseIssue warning(String message, TextRange range) {
        return new ParseIssue(Kind.WARNING, message, range);
    }
}
