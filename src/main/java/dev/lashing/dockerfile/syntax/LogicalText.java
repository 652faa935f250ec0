package dev.lashing.dockerfile.syntax;

import dev.lashing.core.TextRange;
import java.util.Arrays;

/**
 * Text as BuildKit sees it (line continuations and comment lines removed, heredoc bodies
 * appended) together with the source offset of every character, so that anything found in it can
 * be reported at its place in the Dockerfile.
 */
public final class LogicalText implements CharSequence {
    private final String text;
    private final int[] offsets;

    /**
     * Creates a logical text. {@code offsets} has one entry per character plus a final entry, the
     * source offset just past the text.
     */
    public LogicalText(String text, int[] offsets) {
        if (offsets.length != text.length() + 1) {
            throw new IllegalArgumentException("offsets must have length text.length() + 1");
        }
        this.text = text;
        this.offsets = offsets;
    }

    /** A logical text that is a verbatim slice {@code [start, end)} of the source. */
    public static LogicalText verbatim(String source, int start, int end) {
        int[] map = new int[end - start + 1];
        for (int i = 0; i < map.length; i++) {
            map[i] = start + i;
        }
        return new LogicalText(source.substring(start, end), map);
    }

    /** An empty text located at source offset {@code at}. */
    public static LogicalText empty(int at) {
        return new LogicalText("", new int[] {at});
    }

    /** The logical characters. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return text.charAt(index);
    }

    @Override
    public LogicalText subSequence(int start, int end) {
        return slice(start, end);
    }

    /** The characters {@code [start, end)} with their source offsets. */
    public LogicalText slice(int start, int end) {
        if (start == 0 && end == text.length()) {
            return this;
        }
        int[] map = Arrays.copyOfRange(offsets, start, end + 1);
        if (end > start) {
            map[map.length - 1] = offsets[end - 1] + 1;
        }
        return new LogicalText(text.substring(start, end), map);
    }

    /** The source offset of logical character {@code index} (or of the end, for {@code length()}). */
    public int sourceOffset(int index) {
        return offsets[index];
    }

    /**
     * The source range spanned by logical characters {@code [start, end)}: from the first character to
     * just past the last, including any continuation or comment lines in between.
     */
    public TextRange sourceRange(int start, int end) {
        if (end <= start) {
            int at = offsets[Math.min(start, offsets.length - 1)];
            return TextRange.at(at);
        }
        return new TextRange(offsets[start], offsets[end - 1] + 1);
    }

    /** The source range of the whole text. */
    public TextRange sourceRange() {
        return sourceRange(0, text.length());
    }

    /** A token for the characters {@code [start, end)}. */
    public Token token(int start, int end) {
        return new Token(text.substring(start, end), sourceRange(start, end));
    }

    /** A token for the whole text. */
    public Token token() {
        return token(0, text.length());
    }

    /** Concatenates logical texts, keeping every character's source offset. */
    public static LogicalText concat(LogicalText... parts) {
        StringBuilder sb = new StringBuilder();
        int total = 0;
        for (LogicalText p : parts) {
            total += p.length();
        }
        int[] map = new int[total + 1];
        int k = 0;
        for (LogicalText p : parts) {
            sb.append(p.text);
            System.arraycopy(p.offsets, 0, map, k, p.length());
            k += p.length();
        }
        map[total] = parts.length == 0 ? 0 : parts[parts.length - 1].offsets[parts[parts.length - 1].length()];
        return new LogicalText(sb.toString(), map);
    }

    /** Builds a logical text character by character. */
    public static final class Builder {
        private final StringBuilder sb = new StringBuilder();
        private int[] map = new int[32];
        private int end = -1;

        /** Appends one character found at source offset {@code sourceOffset}. */
        public Builder append(char c, int sourceOffset) {
            if (sb.length() + 1 >= map.length) {
                map = Arrays.copyOf(map, map.length * 2);
            }
            map[sb.length()] = sourceOffset;
            sb.append(c);
            end = sourceOffset + 1;
            return this;
        }

        /** Appends the source characters {@code [start, end)} verbatim. */
        public Builder appendSource(String source, int start, int endExclusive) {
            for (int i = start; i < endExclusive; i++) {
                append(source.charAt(i), i);
            }
            return this;
        }

        /** Appends another logical text. */
        public Builder append(LogicalText other) {
            for (int i = 0; i < other.length(); i++) {
                append(other.charAt(i), other.sourceOffset(i));
            }
            if (other.length() == 0 && end < 0) {
                end = other.sourceOffset(0);
            }
            return this;
        }

        /** Number of characters so far. */
        public int length() {
            return sb.length();
        }

        /** Finishes the text; {@code endOffset} is used as the end when nothing was appended. */
        public LogicalText build(int endOffset) {
            int[] m = Arrays.copyOf(map, sb.length() + 1);
            m[sb.length()] = end < 0 ? endOffset : end;
            return new LogicalText(sb.toString(), m);
        }
    }
}
