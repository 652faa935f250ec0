package dev.lashing.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns untrusted text into something safe to print on a terminal: control characters, ANSI escapes
 * and bidirectional overrides become visible escapes ({@code \x1b}, {@code \r}, or a code point such as U+202E shown as its number),
 * and tabs expand to the next multiple of {@value #TAB_WIDTH} columns so underlines line up.
 */
final class TerminalText {

    /** Columns per tab stop. */
    static final int TAB_WIDTH = 4;

    private TerminalText() {}

    /** One displayed piece of a source line: the UTF-16 offset it starts at and what is shown for it. */
    record Cell(int offset, String shown) {}

    /** A line as displayed: one cell per code point, and the display column where each cell starts. */
    record DisplayLine(List<Cell> cells, int[] columns, int width) {

        /** The 0-based display column of UTF-16 offset {@code offset} within the line (clamped to the end). */
        int columnOf(int offset) {
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).offset() >= offset) {
                    return columns[i];
                }
            }
            return width;
        }

        /** The text shown between display columns {@code from} (inclusive) and {@code to} (exclusive). */
        String slice(int from, int to) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                if (columns[i] >= from && columns[i] < to) {
                    sb.append(cells.get(i).shown());
                }
            }
            return sb.toString();
        }

        /** The whole displayed line. */
        String text() {
            return slice(0, width);
        }
    }

    /** Lays out a single source line (without its terminator) for display. */
    static DisplayLine layout(String line) {
        List<Cell> cells = new ArrayList<>();
        List<Integer> cols = new ArrayList<>();
        int col = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            String shown = cp == '\t' ? " ".repeat(TAB_WIDTH - col % TAB_WIDTH) : escape(cp);
            cells.add(new Cell(i, shown));
            cols.add(col);
            col += cp == '\t' ? shown.length() : shown.equals(new String(Character.toChars(cp))) ? width(cp)
                    : shown.length();
            i += Character.charCount(cp);
        }
        int[] columns = cols.stream().mapToInt(Integer::intValue).toArray();
        return new DisplayLine(List.copyOf(cells), columns, col);
    }

    /**
     * Terminal columns taken by a printable code point: 0 for combining marks, 2 for East Asian wide
     * characters and emoji, 1 otherwise (an approximation of {@code wcwidth}).
     */
    static int width(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || cp == 0x200b
                || cp == 0x200d) {
            return 0;
        }
        boolean wide = cp >= 0x1100 && cp <= 0x115f || cp >= 0x2e80 && cp <= 0x303e || cp >= 0x3041 && cp <= 0xa4cf
                || cp >= 0xac00 && cp <= 0xd7a3 || cp >= 0xf900 && cp <= 0xfaff || cp >= 0xfe30 && cp <= 0xfe4f
                || cp >= 0xff00 && cp <= 0xff60 || cp >= 0xffe0 && cp <= 0xffe6 || cp >= 0x1f300 && cp <= 0x1f64f
                || cp >= 0x1f900 && cp <= 0x1f9ff || cp >= 0x20000 && cp <= 0x3fffd;
        return wide ? 2 : 1;
    }

    /** Escapes every unsafe code point of {@code text}; tabs and newlines included. */
    static String sanitize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> sb.append(escape(cp)));
        return sb.toString();
    }

    /** Like {@link #sanitize} but keeps {@code \n} so multi-line text stays multi-line. */
    static String sanitizeKeepingNewlines(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> sb.append(cp == '\n' ? "\n" : escape(cp)));
        return sb.toString();
    }

    /** The visible form of one code point. */
    static String escape(int cp) {
        switch (cp) {
            case '\t':
                return "\\t";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case 0:
                return "\\0";
            default:
                break;
        }
        if (cp < 0x20 || cp == 0x7f || cp >= 0x80 && cp < 0xa0) {
            return String.format("\\x%02x", cp);
        }
        if (cp >= 0x202a && cp <= 0x202e || cp >= 0x2066 && cp <= 0x2069 || cp == 0x200e || cp == 0x200f
                || cp == 0x061c || cp == 0xfeff || cp == 0x2028 || cp == 0x2029
                || Character.getType(cp) == Character.SURROGATE) {
            return String.format("\\u{%04x}", cp);
        }
        return new String(Character.toChars(cp));
    }
}
