package dev.lashing.dockerfile.syntax;

/**
 * Character classes exactly as BuildKit's Go code sees them, so that our splitting of lines and
 * words matches the real frontend. Hand-written because no library offers Go's {@code unicode.IsSpace}.
 */
final class GoText {
    private GoText() {}

    /** Go's {@code unicode.IsSpace}: ASCII white space, NEL, NBSP and the Unicode space separators. */
    static boolean isSpace(char c) {
        switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u0085', '\u00A0' -> {
                return true;
            }
            default -> {
                if (c < 0x1680) {
                    return false;
                }
                int type = Character.getType(c);
                return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                        || type == Character.PARAGRAPH_SEPARATOR;
            }
        }
    }

    /** The class {@code [\t\v\f\r ]} that BuildKit's {@code reWhitespace} splits on. */
    static boolean isSplitSpace(char c) {
        return c == '\t' || c == '\u000B' || c == '\f' || c == '\r' || c == ' ';
    }

    /** Index of the first non-space character at or after {@code from}, or {@code to}. */
    static int skipSpace(CharSequence s, int from, int to) {
        int i = from;
        while (i < to && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Index just past the last non-space character before {@code to}, but not before {@code from}. */
    static int trimEnd(CharSequence s, int from, int to) {
        int i = to;
        while (i > from && isSpace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
