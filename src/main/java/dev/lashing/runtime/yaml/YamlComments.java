package dev.lashing.runtime.yaml;

/**
 * Takes the comments out of YAML text quoted in messages: a {@code #} at the start of a line or after a
 * blank, outside quotes, begins a comment that runs to the end of its line.
 */
public final class YamlComments {

    private YamlComments() {
    }

    /** {@code text} with each line's comment and the blanks before it removed (line breaks are kept). */
    public static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            out.append(stripLine(text.substring(start, end)));
            if (nl < 0) {
                break;
            }
            out.append('\n');
            start = nl + 1;
        }
        return out.toString();
    }

    /** One line without its comment and the blanks before it. */
    private static String stripLine(String line) {
        char quote = 0;
        char before = 0; // the last non-blank character outside a quoted scalar
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                        i++; // '' is a quote inside a single-quoted scalar
                        continue;
                    }
                    quote = 0;
                    before = c;
                } else if (c == '\\' && quote == '"') {
                    i++;
                }
                continue;
            }
            if ((c == '"' || c == '\'') && (before == 0 || ":-[{,".indexOf(before) >= 0)) {
                quote = c; // a quoted scalar starts only where a value can start
                continue;
            }
            if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
                return line.substring(0, i).stripTrailing();
            }
            if (c != ' ' && c != '\t') {
                before = c;
            }
        }
        return line;
    }
}
