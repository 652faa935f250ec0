package dev.lashing.runtime.compose;

import java.util.ArrayList;
import java.util.List;

/** Small text helpers that need no regular expressions. */
final class Text {
    private Text() {}

    /** {@code s} split at every {@code c}, keeping empty parts. */
    static List<String> split(String s, char c) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    /** {@code s} quoted for a message, shortened when long. */
    static String quote(String s) {
        return "\"" + (s.length() <= 80 ? s : s.substring(0, 77) + "...") + "\"";
    }
}
