package dev.lashing.runtime.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a compose {@code command:} or {@code entrypoint:} string into arguments as compose does:
 * at blanks, with single quotes literal, double quotes grouping, and backslash escapes.
 */
final class ShellWords {
    private ShellWords() {}

    /** The words of {@code s}, or null when a quote is not closed. */
    static List<String> split(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
                continue;
            }
            inWord = true;
            if (c == '\\' && i + 1 < s.length()) {
                w.append(s.charAt(++i));
            } else if (c == '\'') {
                int close = s.indexOf('\'', i + 1);
                if (close < 0) {
                    return null;
                }
                w.append(s, i + 1, close);
                i = close;
            } else if (c == '"') {
                int j = i + 1;
                for (; j < s.length() && s.charAt(j) != '"'; j++) {
                    char d = s.charAt(j);
                    if (d == '\\' && j + 1 < s.length() && "\"\\$`".indexOf(s.charAt(j + 1)) >= 0) {
                        w.append(s.charAt(++j));
                    } else {
                        w.append(d);
                    }
                }
                if (j >= s.length()) {
                    return null;
                }
                i = j;
            } else {
                w.append(c);
            }
        }
        if (inWord) {
            words.add(w.toString());
        }
        return words;
    }
}
