package dev.lashing.files;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * A path glob with gitignore semantics, matched against a path relative to a base directory with
 * {@code /} separators: {@code *} (any run of characters within one segment), {@code **} (any
 * number of segments), {@code ?}, {@code [abc]}, {@code [a-z]}, {@code [!abc]}, {@code \} escapes;
 * a leading {@code /} anchors the pattern, a trailing {@code /} restricts it to directories, and a
 * pattern without a {@code /} matches the basename at any depth.
 *
 * <p>Written by hand because no small, maintained Java library implements gitignore semantics
 * ({@code java.nio} {@code PathMatcher} globs have neither basename matching nor gitignore's
 * {@code **} rules) and JGit is far too heavy a dependency for a few hundred lines. Matching is by
 * dynamic programming over segments and characters, so hostile patterns cannot make it backtrack
 * exponentially.
 */
public final class Glob {
    private final String pattern;
    private final List<Segment> segments;
    private final boolean anchored;
    private final boolean directoryOnly;

    private Glob(String pattern, List<Segment> segments, boolean anchored, boolean directoryOnly) {
        this.pattern = pattern;
        this.segments = segments;
        this.anchored = anchored;
        this.directoryOnly = directoryOnly;
    }

    /** Compiles {@code pattern}; throws {@link IllegalArgumentException} when it is empty or only slashes. */
    public static Glob compile(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        String p = pattern;
        boolean dirOnly = false;
        while (p.endsWith("/") && !p.endsWith("\\/")) {
            dirOnly = true;
            p = p.substring(0, p.length() - 1);
        }
        boolean leadingSlash = p.startsWith("/");
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.isEmpty()) {
            throw new IllegalArgumentException("empty glob pattern '" + pattern + "'");
        }
        List<String> parts = splitSegments(p);
        boolean anchored = leadingSlash || parts.size() > 1;
        List<Segment> segs = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (part.isEmpty()) {
                continue; // "a//b" behaves as "a/b"
            }
            if (part.equals("**")) {
                boolean last = i == parts.size() - 1;
                Kind kind = last && i > 0 ? Kind.ONE_OR_MORE : Kind.ANY_SEGMENTS;
                if (!segs.isEmpty() && segs.get(segs.size() - 1).kind != Kind.LITERAL_SEGMENT) {
                    segs.set(segs.size() - 1, new Segment(kind, List.of())); // "**/**" is "**"
                    continue;
                }
                segs.add(new Segment(kind, List.of()));
            } else {
                segs.add(new Segment(Kind.LITERAL_SEGMENT, tokenize(part)));
            }
        }
        return new Glob(pattern, List.copyOf(segs), anchored, dirOnly);
    }

    /** The pattern as written. */
    public String pattern() {
        return pattern;
    }

    /** True when the pattern ends with {@code /} and so only matches directories. */
    public boolean directoryOnly() {
        return directoryOnly;
    }

    /** True when the relative path {@code relPath} (of a file) matches. */
    public boolean matches(String relPath) {
        return matches(relPath, false);
    }

    /** True when the relative path {@code relPath} matches, {@code directory} telling whether it names a directory. */
    public boolean matches(String relPath, boolean directory) {
        if (directoryOnly && !directory) {
            return false;
        }
        List<String> path = splitPath(relPath);
        if (path.isEmpty()) {
            return false;
        }
        if (!anchored) {
            return segments.size() == 1 && matchSegments(segments, List.of(path.get(path.size() - 1)));
        }
        return matchSegments(segments, path);
    }

    /**
     * True when {@code relPath} (a file) or one of the directories containing it matches, so that
     * {@code vendor} and {@code vendor/} cover every file below {@code vendor}.
     */
    public boolean matchesSelfOrParent(String relPath) {
        List<String> path = splitPath(relPath);
        for (int i = 1; i <= path.size(); i++) {
            if (matches(String.join("/", path.subList(0, i)), i < path.size())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return pattern;
    }

    private static List<String> splitPath(String relPath) {
        List<String> out = new ArrayList<>();
        for (String s : relPath.replace('\\', '/').split("/")) {
            if (!s.isEmpty() && !s.equals(".")) {
                out.add(s);
            }
        }
        return out;
    }

    /** Splits at {@code /} that are not escaped. */
    private static List<String> splitSegments(String p) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\' && i + 1 < p.length()) {
                cur.append(c).append(p.charAt(++i));
            } else if (c == '/') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static boolean matchSegments(List<Segment> segs, List<String> path) {
        int m = segs.size();
        int n = path.size();
        // ok[i][j]: segs[i..] matches path[j..]
        boolean[][] ok = new boolean[m + 1][n + 1];
        ok[m][n] = true;
        for (int i = m - 1; i >= 0; i--) {
            Segment s = segs.get(i);
            for (int j = n; j >= 0; j--) {
                boolean r;
                switch (s.kind) {
                    case ANY_SEGMENTS -> r = ok[i + 1][j] || (j < n && ok[i][j + 1]);
                    case ONE_OR_MORE -> r = j < n && (ok[i + 1][j + 1] || ok[i][j + 1]);
                    default -> r = j < n && ok[i + 1][j + 1] && matchTokens(s.tokens, path.get(j));
                }
                ok[i][j] = r;
            }
        }
        return ok[0][0];
    }

    private static boolean matchTokens(List<Token> tokens, String text) {
        int n = text.length();
        boolean[] cur = new boolean[n + 1];
        cur[0] = true;
        for (Token t : tokens) {
            boolean[] next = new boolean[n + 1];
            if (t.kind == TokenKind.STAR) {
                boolean any = false;
                for (int j = 0; j <= n; j++) {
                    any |= cur[j];
                    next[j] = any;
                }
            } else {
                for (int j = 0; j < n; j++) {
                    if (cur[j] && t.accepts(text.charAt(j))) {
                        next[j + 1] = true;
                    }
                }
            }
            cur = next;
        }
        return cur[n];
    }

    private static List<Token> tokenize(String part) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < part.length()) {
            char c = part.charAt(i);
            if (c == '\\' && i + 1 < part.length()) {
                out.add(Token.literal(part.charAt(i + 1)));
                i += 2;
            } else if (c == '*') {
                if (out.isEmpty() || out.get(out.size() - 1).kind != TokenKind.STAR) {
                    out.add(new Token(TokenKind.STAR, '\0', null, false));
                }
                i++;
            } else if (c == '?') {
                out.add(new Token(TokenKind.ANY, '\0', null, false));
                i++;
            } else if (c == '[') {
                int end = classEnd(part, i);
                if (end < 0) {
                    out.add(Token.literal('['));
                    i++;
                } else {
                    out.add(parseClass(part, i, end));
                    i = end + 1;
                }
            } else {
                out.add(Token.literal(c));
                i++;
            }
        }
        return out;
    }

    /** Index of the {@code ]} closing the class opened at {@code start}, or -1. */
    private static int classEnd(String p, int start) {
        int i = start + 1;
        if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
            i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
            i++;
        }
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '\\' && i + 1 < p.length()) {
                i += 2;
                continue;
            }
            if (c == ']') {
                return i;
            }
            i++;
        }
        return -1;
    }

    private static Token parseClass(String p, int start, int end) {
        int i = start + 1;
        boolean negated = false;
        if (p.charAt(i) == '!' || p.charAt(i) == '^') {
            negated = true;
            i++;
        }
        BitSet set = new BitSet();
        List<char[]> ranges = new ArrayList<>();
        boolean first = true;
        while (i < end) {
            char c = p.charAt(i);
            if (c == '\\' && i + 1 < end) {
                c = p.charAt(++i);
            } else if (c == ']' && !first) {
                break;
            }
            first = false;
            if (i + 2 < end && p.charAt(i + 1) == '-') {
                char hi = p.charAt(i + 2);
                int skip = 2;
                if (hi == '\\' && i + 3 < end) {
                    hi = p.charAt(i + 3);
                    skip = 3;
                }
                ranges.add(new char[] {c, hi});
                i += skip + 1;
            } else {
                set.set(c);
                i++;
            }
        }
        for (char[] r : ranges) {
            if (r[0] <= r[1]) {
                set.set(r[0], r[1] + 1);
            }
        }
        return new Token(TokenKind.CLASS, '\0', set, negated);
    }

    private enum Kind { LITERAL_SEGMENT, ANY_SEGMENTS, ONE_OR_MORE }

    private record Segment(Kind kind, List<Token> tokens) {}

    private enum TokenKind { LITERAL, ANY, STAR, CLASS }

    private record Token(TokenKind kind, char literal, BitSet set, boolean negated) {
        static Token literal(char c) {
            return new Token(TokenKind.LITERAL, c, null, false);
        }

        boolean accepts(char c) {
            return switch (kind) {
                case LITERAL -> c == literal;
                case ANY -> c != '/';
                case CLASS -> c != '/' && set.get(c) != negated;
                case STAR -> true;
            };
        }
    }
}
