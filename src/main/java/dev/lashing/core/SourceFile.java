package dev.lashing.core;

import java.util.Arrays;

/**
 * The text of one input together with its display path and a line index. Only {@code \n} ends a
 * line (a lone {@code \r} is an ordinary character), matching how BuildKit splits Dockerfiles.
 */
public final class SourceFile {
    private final String path;
    private final String text;
    private final int[] lineStarts;

    /** Creates a source file; {@code path} is what reports show (may be "-" for stdin). */
    public SourceFile(String path, String text) {
        this.path = path;
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    /** The path shown in reports. */
    public String path() {
        return path;
    }

    /** The full text, byte-for-byte as read (decoded as UTF-8). */
    public String text() {
        return text;
    }

    /** Number of lines; a trailing newline opens a final empty line. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** The offset at which 1-based {@code line} starts. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** The offset just past the content of 1-based {@code line}, before its {@code \r\n} or {@code \n}. */
    public int lineContentEnd(int line) {
        boolean terminated = line < lineStarts.length;
        int end = terminated ? lineStarts[line] - 1 : text.length();
        if (terminated && end > lineStarts[line - 1] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    /** The content of 1-based {@code line} without its line terminator. */
    public String lineText(int line) {
        return text.substring(lineStart(line), lineContentEnd(line));
    }

    /** Converts an offset (0..length) to a 1-based line/column position. */
    public Position position(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
        }
        int idx = Arrays.binarySearch(lineStarts, offset);
        int line = idx >= 0 ? idx : -idx - 2;
        return new Position(line + 1, offset - lineStarts[line] + 1);
    }

    /** Converts a 1-based position back to an offset, clamping the column to the line. */
    public int offset(Position position) {
        int line = Math.min(Math.max(position.line(), 1), lineStarts.length);
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        return Math.min(start + position.column() - 1, end);
    }

    /** The location of {@code range} in this file. */
    public Location location(TextRange range) {
        return new Location(this, range);
    }

    @Override
    public String toString() {
        return path;
    }
}
