package dev.lashing.core;

/**
 * A place in a text file: 1-based line and 1-based column, the column counted in UTF-16 code units
 * (SARIF's default {@code columnKind}).
 */
public record Position(int line, int column) implements Comparable<Position> {

    /** Validates that line and column are positive. */
    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    @Override
    public int compareTo(Position o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
