package dev.lashing.dockerfile.syntax;

/**
 * Shell glob matching ({@code *}, {@code ?}, {@code [...]}) for the pattern operators of variable
 * substitution. Matching is by dynamic programming, so hostile patterns cannot make it backtrack
 * exponentially.
 */
final class Glob {
    private Glob() {}

    /** True when the whole of {@code text} matches {@code pattern}. */
    static boolean matches(String text, String pattern) {
        int n = text.length();
        int m = pattern.length();
        boolean[] prev = new boolean[n + 1];
        boolean[] cur = new boolean[n + 1];
        prev[0] = true;
        int p = 0;
        while (p < m) {
            char pc = pattern.charAt(p);
            int next = p + 1;
            int classEnd = -1;
            if (pc == '[') {
                classEnd = classEnd(pattern, p);
                if (classEnd > 0) {
                    next = classEnd + 1;
                }
            } else if (pc == '\\' && p + 1 < m) {
                next = p + 2;
            }
            java.util.Arrays.fill(cur, false);
            if (pc == '*') {
                boolean any = false;
                for (int i = 0; i <= n; i++) {
                    any |= prev[i];
                    cur[i] = any;
                }
            } else {
                for (int i = 1; i <= n; i++) {
                    if (!prev[i - 1]) {
                        continue;
                    }
                    char c = text.charAt(i - 1);
                    boolean ok;
                    if (pc == '?') {
                        ok = true;
                    } else if (classEnd > 0) {
                        ok = inClass(pattern, p + 1, classEnd, c);
                    } else if (pc == '\\' && p + 1 < m) {
                        ok = c == pattern.charAt(p + 1);
                    } else {
                        ok = c == pc;
                    }
                    cur[i] = ok;
                }
            }
            boolean[] t = prev;
            prev = cur;
            cur = t;
            p = next;
        }
        return prev[n];
    }

    private static int classEnd(String pattern, int open) {
        int i = open + 1;
        if (i < pattern.length() && (pattern.charAt(i) == '!' || pattern.charAt(i) == '^')) {
            i++;
        }
        if (i < pattern.length() && pattern.charAt(i) == ']') {
            i++;
        }
        while (i < pattern.length() && pattern.charAt(i) != ']') {
            i++;
        }
        return i < pattern.length() ? i : -1;
    }

    private static boolean inClass(String pattern, int from, int to, char c) {
        boolean negate = pattern.charAt(from) == '!' || pattern.charAt(from) == '^';
        int i = negate ? from + 1 : from;
        boolean found = false;
        while (i < to) {
            char lo = pattern.charAt(i);
            if (i + 2 < to && pattern.charAt(i + 1) == '-') {
                char hi = pattern.charAt(i + 2);
                found |= c >= lo && c <= hi;
                i += 3;
            } else {
                found |= c == lo;
                i++;
            }
        }
        return found != negate;
    }

    /** {@code ${V#p}} and {@code ${V##p}}. */
    static String removePrefix(String value, String pattern, boolean longest) {
        if (longest) {
            for (int i = value.length(); i >= 0; i--) {
                if (matches(value.substring(0, i), pattern)) {
                    return value.substring(i);
                }
            }
        } else {
            for (int i = 0; i <= value.length(); i++) {
                if (matches(value.substring(0, i), pattern)) {
                    return value.substring(i);
                }
            }
        }
        return value;
    }

    /** {@code ${V%p}} and {@code ${V%%p}}. */
    static String removeSuffix(String value, String pattern, boolean longest) {
        if (longest) {
            for (int i = 0; i <= value.length(); i++) {
                if (matches(value.substring(i), pattern)) {
                    return value.substring(0, i);
                }
            }
        } else {
            for (int i = value.length(); i >= 0; i--) {
                if (matches(value.substring(i), pattern)) {
                    return value.substring(0, i);
                }
            }
        }
        return value;
    }

    /** {@code ${V/p/r}} (first, longest match) and {@code ${V//p/r}} (every match). */
    static String replace(String value, String pattern, String replacement, boolean all) {
        if (pattern.isEmpty()) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        boolean done = false;
        while (i < value.length()) {
            int matchEnd = -1;
            if (!done) {
                for (int j = value.length(); j > i; j--) {
                    if (matches(value.substring(i, j), pattern)) {
                        matchEnd = j;
                        break;
                    }
                }
            }
            if (matchEnd > 0) {
                out.append(replacement);
                i = matchEnd;
                done = !all;
            } else {
                out.append(value.charAt(i++));
            }
        }
        return out.toString();
    }
}
