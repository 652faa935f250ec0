package dev.lashing.secrets;

import com.google.re2j.Matcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds secrets in a text with a list of {@link SecretRule}s. Pure: it is fed text and does no IO.
 * One pass over the text finds which rule keywords occur (ASCII case-insensitively); only rules
 * with a keyword present run their pattern, and windowed rules only around keyword occurrences.
 * Immutable and thread-safe.
 */
public final class SecretScanner {
    /** Callers skip files larger than this (10 MiB). */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    /** Callers skip files smaller than this: no secret fits. */
    public static final long MIN_FILE_BYTES = 10;
    /** How many bytes of a file's head {@link #looksBinary} needs. */
    public static final int BINARY_SNIFF_BYTES = 8000;
    /** At most this many matches per rule and file (a file full of tokens is one problem, not thousands). */
    static final int MAX_MATCHES_PER_RULE = 100;
    /** A keyword seen more often than this makes its windowed rule scan the whole text instead. */
    private static final int MAX_OCCURRENCES = 2_000;

    private static final SecretScanner DEFAULT = new SecretScanner(SecretCatalogue.rules(), true);

    private final List<SecretRule> rules;
    private final boolean allowRules;
    private final Consumer<SecretRule> regexListener;
    /** Keywords, each once, in a fixed order; {@code ruleKeywords[r]} indexes into it. */
    private final String[] keywords;
    private final int[][] ruleKeywords;
    /** For each ASCII lower-case bigram (c0 << 7 | c1), the keywords starting with it; null when none. */
    private final int[][] byBigram = new int[128 * 128][];
    /** Keywords used by windowed rules: their positions are recorded. */
    private final boolean[] recordPositions;
    private final boolean recordsAny;

    /** A scanner with {@code rules}; {@code allowRules} false disables every global allow rule. */
    public SecretScanner(List<SecretRule> rules, boolean allowRules) {
        this(rules, allowRules, r -> { });
    }

    private SecretScanner(List<SecretRule> rules, boolean allowRules, Consumer<SecretRule> regexListener) {
        this.rules = List.copyOf(rules);
        this.allowRules = allowRules;
        this.regexListener = regexListener;
        Map<String, Integer> index = new LinkedHashMap<>();
        ruleKeywords = new int[this.rules.size()][];
        for (int r = 0; r < this.rules.size(); r++) {
            List<String> ks = this.rules.get(r).keywords();
            ruleKeywords[r] = new int[ks.size()];
            for (int k = 0; k < ks.size(); k++) {
                ruleKeywords[r][k] = index.computeIfAbsent(ks.get(k), x -> index.size());
            }
        }
        keywords = index.keySet().toArray(String[]::new);
        recordPositions = new boolean[keywords.length];
        for (int r = 0; r < this.rules.size(); r++) {
            if (this.rules.get(r).window() > 0) {
                for (int k : ruleKeywords[r]) {
                    recordPositions[k] = true;
                }
            }
        }
        boolean any = false;
        for (boolean b : recordPositions) {
            any |= b;
        }
        recordsAny = any;
        for (int k = 0; k < keywords.length; k++) {
            int b = keywords[k].charAt(0) << 7 | keywords[k].charAt(1);
            int[] old = byBigram[b];
            int[] grown = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = k;
            byBigram[b] = grown;
        }
    }

    /** The scanner with every built-in rule and the allow rules on. */
    public static SecretScanner defaults() {
        return DEFAULT;
    }

    /** This scanner calling {@code listener} each time a rule's pattern is about to run (tests). */
    SecretScanner withRegexListener(Consumer<SecretRule> listener) {
        return new SecretScanner(rules, allowRules, listener);
    }

    /** The rules this scanner runs. */
    public List<SecretRule> rules() {
        return rules;
    }

    /** Every secret in {@code text}, a file at {@code path}, in order of rule then position. */
    public List<SecretMatch> scan(String path, String text) {
        List<SecretMatch> out = new ArrayList<>();
        String normalised = SecretAllowRules.normalise(path);
        KeywordHits hits = findKeywords(text);
        Optional<String> pathAllowed = allowRules ? SecretAllowRules.allowedPath(path) : Optional.empty();
        Set<Long> seen = new HashSet<>();
        for (int r = 0; r < rules.size(); r++) {
            SecretRule rule = rules.get(r);
            if (!rule.appliesTo(normalised) || !hits.any(ruleKeywords[r])) {
                continue;
            }
            regexListener.accept(rule);
            int[] regions = rule.window() > 0 ? hits.regions(ruleKeywords[r], rule.window(), text.length()) : null;
            if (regions == null) {
                regions = new int[] {0, text.length()};
            }
            int found = 0;
            for (int i = 0; i < regions.length && found < MAX_MATCHES_PER_RULE; i += 2) {
                found += scanRegion(rule, text, regions[i], regions[i + 1], pathAllowed, seen, out, found);
            }
        }
        return out;
    }

    /** Runs one rule over {@code text[from, to)}; returns how many matches it added. */
    private int scanRegion(SecretRule rule, String text, int from, int to, Optional<String> pathAllowed, Set<Long> seen,
            List<SecretMatch> out, int already) {
        boolean whole = from == 0 && to == text.length();
        CharSequence input = whole ? text : new Slice(text, from, to);
        Matcher m = rule.pattern().matcher(input);
        boolean named = rule.hasSecretGroup();
        int added = 0;
        int pos = 0;
        int len = to - from;
        while (pos <= len && already + added < MAX_MATCHES_PER_RULE && m.find(pos)) {
            int ms = m.start();
            int me = m.end();
            pos = me > ms ? me : me + 1;
            // in a window, a match touching an edge may be cut short: the real one is found from a wider window
            if (!whole && ((ms == 0 && from > 0) || (me == len && to < text.length()))) {
                pos = ms + 1;
                continue;
            }
            if (rule.leftGuard() != null && from + ms > 0 && tokenChar(text.charAt(from + ms - 1), rule.leftGuard())) {
                pos = ms + 1;
                continue;
            }
            int ss = ms;
            int se = me;
            if (named && m.start(SecretRule.SECRET_GROUP) >= 0) {
                ss = m.start(SecretRule.SECRET_GROUP);
                se = m.end(SecretRule.SECRET_GROUP);
            }
            int start = from + ss;
            int end = from + se;
            if (end <= start || !seen.add((long) start << 32 | end)) {
                continue;
            }
            Optional<String> allowed = Optional.empty();
            if (allowRules) {
                allowed = pathAllowed.isPresent() ? pathAllowed
                        : SecretAllowRules.allowedValue(new Slice(text, from + ms, from + me), new Slice(text, start, end));
            }
            out.add(new SecretMatch(rule.id(), rule.category(), rule.title(), rule.severity(), start, end,
                    SecretMatch.mask(new Slice(text, start, end)), allowed));
            added++;
        }
        return added;
    }

    private static boolean tokenChar(char c, String extra) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || extra.indexOf(c) >= 0;
    }

    /** ASCII lower case, plus the few non-ASCII letters that fold onto ASCII ones in RE2J's (?i). */
    private static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
        }
        return switch (c) {
            case '\u212A' -> 'k'; // Kelvin sign
            case '\u017F' -> 's'; // long s
            default -> c;
        };
    }

    /** One pass over the text: which keywords occur, and where (for windowed rules). */
    KeywordHits findKeywords(String text) {
        KeywordHits hits = new KeywordHits(keywords.length);
        int n = text.length();
        int remaining = keywords.length;
        char c1 = n > 0 ? fold(text.charAt(0)) : 0;
        for (int i = 0; i + 1 < n; i++) {
            char c0 = c1;
            c1 = fold(text.charAt(i + 1));
            if ((c0 | c1) >= 128) {
                continue;
            }
            int[] cands = byBigram[c0 << 7 | c1];
            if (cands == null) {
                continue;
            }
            for (int k : cands) {
                if (hits.found[k] && !recordPositions[k]) {
                    continue;
                }
                String kw = keywords[k];
                if (matchesAt(text, i, kw)) {
                    if (!hits.found[k]) {
                        hits.found[k] = true;
                        remaining--;
                    }
                    if (recordPositions[k]) {
                        hits.record(k, i);
                    }
                }
            }
            if (remaining == 0 && !recordsAny) {
                break;
            }
        }
        return hits;
    }

    private static boolean matchesAt(String text, int i, String kw) {
        if (i + kw.length() > text.length()) {
            return false;
        }
        for (int j = 2; j < kw.length(); j++) {
            if (fold(text.charAt(i + j)) != kw.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a file's head looks binary: a NUL byte in the first {@value #BINARY_SNIFF_BYTES}
     * bytes, or more than 30 % of them neither printable ASCII, whitespace nor UTF-8.
     */
    public static boolean looksBinary(byte[] head) {
        int n = Math.min(head.length, BINARY_SNIFF_BYTES);
        if (n == 0) {
            return false;
        }
        int odd = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B && b != '\b') {
                odd++;
            } else if (b == 0x7F) {
                odd++;
            } else if (b >= 0x80) {
                int len = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
                boolean ok = len > 0;
                for (int j = 1; ok && j < len; j++) {
                    ok = i + j >= n || (head[i + j] & 0xC0) == 0x80;
                }
                if (ok) {
                    i += len - 1;
                } else {
                    odd++;
                }
            }
        }
        return odd * 10 > n * 3;
    }

    /** True for files not worth reading: see {@link SecretAllowRules#skipPath}. */
    public static boolean skipPath(String path) {
        return SecretAllowRules.skipPath(path);
    }

    /** Keyword presence and (for windowed rules) positions in one text. */
    static final class KeywordHits {
        final boolean[] found;
        private final int[][] positions;
        private final int[] counts;

        KeywordHits(int size) {
            found = new boolean[size];
            positions = new int[size][];
            counts = new int[size];
        }

        void record(int k, int pos) {
            if (counts[k] > MAX_OCCURRENCES) {
                return;
            }
            if (positions[k] == null) {
                positions[k] = new int[8];
            } else if (counts[k] == positions[k].length) {
                positions[k] = Arrays.copyOf(positions[k], counts[k] * 2);
            }
            positions[k][counts[k]++] = pos;
        }

        boolean any(int[] ks) {
            for (int k : ks) {
                if (found[k]) {
                    return true;
                }
            }
            return false;
        }

        /** Merged regions [p - w, p + w] around occurrences, as (from, to) pairs; null for the whole text. */
        int[] regions(int[] ks, int w, int n) {
            int total = 0;
            for (int k : ks) {
                if (counts[k] > MAX_OCCURRENCES) {
                    return null;
                }
                total += counts[k];
            }
            int[] all = new int[total];
            int at = 0;
            for (int k : ks) {
                if (counts[k] > 0) {
                    System.arraycopy(positions[k], 0, all, at, counts[k]);
                    at += counts[k];
                }
            }
            Arrays.sort(all);
            int[] out = new int[total * 2];
            int o = 0;
            for (int p : all) {
                int from = Math.max(0, p - w);
                int to = Math.min(n, p + w);
                if (o > 0 && from <= out[o - 1]) {
                    out[o - 1] = Math.max(out[o - 1], to);
                } else {
                    out[o++] = from;
                    out[o++] = to;
                }
            }
            return Arrays.copyOf(out, o);
        }
    }

    /** A view of part of a string, without copying. */
    private record Slice(String s, int from, int to) implements CharSequence {
        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            return s.charAt(from + index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Slice(s, from + start, from + end);
        }

        @Override
        public String toString() {
            return s.substring(from, to);
        }
    }
}
