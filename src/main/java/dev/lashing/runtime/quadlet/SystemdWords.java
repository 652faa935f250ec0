package dev.lashing.runtime.quadlet;

import dev.lashing.runtime.docker.CommandArg;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a unit file value into words as systemd does for command lines and lists: whitespace separates,
 * double and single quotes group, backslash escapes as in C ({@code \n}, {@code \t}, {@code \s}, {@code \xHH},
 * octal, {@code \\uXXXX}); {@code %%} is a percent sign and any other {@code %} specifier is marked as an
 * expansion lashing does not perform, as is an environment variable ({@code $NAME}, {@code ${NAME}}), which
 * systemd expands in the command line Quadlet generates; {@code $$} is a dollar sign.
 */
final class SystemdWords {

    private SystemdWords() {
    }

    /** The words of {@code value}, each with its range in the file; an unterminated quote ends the last word. */
    static List<CommandArg> split(UnitFile.Value value) {
        String t = value.text();
        List<CommandArg> words = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            if (i >= t.length()) {
                break;
            }
            int start = i;
            StringBuilder w = new StringBuilder();
            int expansionAt = -1;
            char quote = 0;
            while (i < t.length()) {
                char c = t.charAt(i);
                if (quote == 0 && Character.isWhitespace(c)) {
                    break;
                }
                if (quote == 0 && (c == '"' || c == '\'')) {
                    quote = c;
                    i++;
                } else if (quote != 0 && c == quote) {
                    quote = 0;
                    i++;
                } else if (c == '\\' && i + 1 < t.length()) {
                    i = escape(t, i + 1, w);
                } else if (c == '$' && i + 1 < t.length() && t.charAt(i + 1) == '$') {
                    w.append('$');
                    i += 2;
                } else if (c == '%' || isVariable(t, i)) {
                    if (c == '%' && i + 1 < t.length() && t.charAt(i + 1) == '%') {
                        w.append('%');
                        i += 2;
                    } else {
                        if (expansionAt < 0) {
                            expansionAt = w.length();
                        }
                        w.append(c);
                        i++;
                    }
                } else {
                    w.append(c);
                    i++;
                }
            }
            words.add(new CommandArg(w.toString(), value.range(start, i), expansionAt));
        }
        return words;
    }

    /** A whole value as one word: only specifiers are read ({@code %%} and expansions). */
    static CommandArg whole(UnitFile.Value value) {
        String t = value.text();
        StringBuilder w = new StringBuilder();
        int expansionAt = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '%' || c == '$') && i + 1 < t.length() && t.charAt(i + 1) == c) {
                i++;
            } else if ((c == '%' || isVariable(t, i)) && expansionAt < 0) {
                expansionAt = w.length();
            }
            w.append(c);
        }
        return new CommandArg(w.toString(), value.range(0, t.length()), expansionAt);
    }

    /** True when a {@code $} at {@code i} begins an environment variable: {@code ${NAME}} or {@code $NAME}. */
    private static boolean isVariable(String t, int i) {
        if (t.charAt(i) != '$' || i + 1 >= t.length()) {
            return false;
        }
        char next = t.charAt(i + 1);
        return next == '{' || next == '_' || Character.isLetter(next);
    }

    /** Appends the escape whose letter is at {@code i}; returns the index after it. */
    private static int escape(String t, int i, StringBuilder w) {
        char c = t.charAt(i);
        switch (c) {
            case 'a' -> w.append('\u0007');
            case 'b' -> w.append('\b');
            case 'f' -> w.append('\f');
            case 'n' -> w.append('\n');
            case 'r' -> w.append('\r');
            case 't' -> w.append('\t');
            case 'v' -> w.append('\u000b');
            case 's' -> w.append(' ');
            case 'x' -> {
                return hex(t, i + 1, 2, w, c);
            }
            case 'u' -> {
                return hex(t, i + 1, 4, w, c);
            }
            case 'U' -> {
                return hex(t, i + 1, 8, w, c);
            }
            default -> {
                if (c >= '0' && c <= '7' && i + 2 < t.length() && isOctal(t.charAt(i + 1)) && isOctal(t.charAt(i + 2))) {
                    w.append((char) Integer.parseInt(t.substring(i, i + 3), 8));
                    return i + 3;
                }
                w.append(c);
            }
        }
        return i + 1;
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    private static int hex(String t, int from, int digits, StringBuilder w, char letter) {
        if (from + digits > t.length()) {
            w.append(letter);
            return from;
        }
        try {
            int cp = Integer.parseInt(t.substring(from, from + digits), 16);
            if (!Character.isValidCodePoint(cp) || t.substring(from, from + digits).startsWith("+")
                    || t.substring(from, from + digits).startsWith("-")) {
                w.append(letter);
                return from;
            }
            w.appendCodePoint(cp);
            return from + digits;
        } catch (NumberFormatException e) {
            w.append(letter);
            return from;
        }
    }
}
