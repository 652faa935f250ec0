package dev.lashing.core;

/** A half-open range {@code [start, end)} of character offsets in a {@link SourceFile}'s text. */
public record TextRange(int start, int end) implements Comparable<TextRange> {

    /** Validates {@code 0 <= start <= end}. */
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    /** An empty range at {@code offset}, as used by insertions. */
    public static TextRange at(int offset) {
        return new TextRange(offset, offset);
    }

    /** Number of characters covered. */
    public int length() {
        return end - start;
    }

    /** True when no characters are covered. */
    public boolean isEmpty() {
        return start == end;
    }

    /** True when {@code offset} lies inside the range (end exclusive). */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** True when {@code other} lies entirely inside this range. */
    public boolean contains(TextRange other) {
        return other.start >= start && other.end <= end;
    }

    /** True when the two ranges share at least one character, or one is an insertion inside the other. */
    public boolean overlaps(TextRange other) {
        if (isEmpty() || other.isEmpty()) {
            return other.start > start && other.start < end || start > other.start && start < other.end
                    || start == other.start;
        }
        return start < other.end && other.start < end;
    }

    /** The smallest range covering both. */
    public TextRange union(TextRange other) {
        return new TextRange(Math.min(start, other.start), Math.max(end, other.end));
    }

    @Override
    public int compareTo(TextRange o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
