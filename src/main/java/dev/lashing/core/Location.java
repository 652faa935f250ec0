package dev.lashing.core;

/** A range in a particular source file, with its line/column start and end. */
public record Location(SourceFile file, TextRange range) {

    /** The 1-based start position. */
    public Position start() {
        return file.position(range.start());
    }

    /**
     * The 1-based end position, exclusive, as SARIF's {@code endColumn}. An empty range ends where it
     * starts.
     */
    public Position end() {
        return file.position(range.end());
    }

    /** The covered text. */
    public String text() {
        return file.text().substring(range.start(), range.end());
    }

    @Override
    public String toString() {
        return file.path() + ":" + start();
    }
}
