package dev.lashing.dockerfile.shell;

import java.util.Arrays;

/** POSIX quote removal for one word, keeping for every resulting character the index it came from. */
final class Quoting {
    private Quoting() {}

    /**
     * The value of {@code raw} after quote removal and, for each of its characters, the index in
     * {@code raw} of the character it came from; null when the word is not static.
     */
    static Unquoted unquote(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        int[] map = new int[raw.length()];
        int n = raw.length();
        int i = 0;
        while (i < n) {
            char c = raw.charAt(i);
            if (c == '\'') {
                int j = raw.indexOf('\'', i + 1);
                int stop = j < 0 ? n : j;
                for (int k = i + 1; k < stop; k++) {
                    map[sb.length()] = k;
                    sb.append(raw.charAt(k));
                }
                i = stop + 1;
            } else if (c == '"') {
                i++;
                while (i < n && raw.charAt(i) != '"') {
                    char d = raw.charAt(i);
                    if (d == '$' || d == '`') {
                        return null;
                    }
                    if (d == '\\' && i + 1 < n && "$`\"\\\n".indexOf(raw.charAt(i + 1)) >= 0) {
                        if (raw.charAt(i + 1) != '\n') {
                            map[sb.length()] = i + 1;
                            sb.append(raw.charAt(i + 1));
                        }
                        i += 2;
                    } else {
                        map[sb.length()] = i;
                        sb.append(d);
                        i++;
                    }
                }
                i++;
            } else if (c == '\\') {
                if (i + 1 < n) {
                    if (raw.charAt(i + 1) != '\n') {
                        map[sb.length()] = i + 1;
                        sb.append(raw.charAt(i + 1));
                    }
                    i += 2;
                } else {
                    map[sb.length()] = i;
                    sb.append(c);
                    i++;
                }
            } else if (c == '`' || c == '$' && i + 1 < n) {
                return null;
            } else {
                map[sb.length()] = i;
                sb.append(c);
                i++;
            }
        }
        return new Unquoted(sb.toString(), Arrays.copyOf(map, sb.length()));
    }

    /** A word's value and the raw index of each of its characters. */
    record Unquoted(String value, int[] sourceIndex) {}
}
