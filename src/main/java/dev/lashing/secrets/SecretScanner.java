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
    /** A keyword seen more often than this makes its rule scan the whole text instead (bounds memory). */
    private static final int MAX_OCCURRENCES = 1_000_000;

    private static final SecretScanner DEFAULT = new SecretScanner(SecretCatalogue.rules(), true);

    private final List<SecretRule> rules;
    private final boolean allowRules;
    private final Consumer<SecretRule> regexListener;
    /** Keywords, each once, in a fixed order; {@code ruleKeywords[r]} indexes into it. */
    private final String[] keywords;
    private final int[][] ruleKeywords;
    /** For each ASCII lower-case bigram (c0 << 7 | c1), the keywords starting with it; null when none. */
    private final int[][] byBigram = new int[128 * 128][];
    /** One bit per ASCII bigram that starts a keyword: the cheap first test of the keyword pass. */
    private final long[] bigramBits = new long[128 * 128 / 64];
    /** ASCII lower case by table. */
    private static final char[] LOWER = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            LOWER[c] = c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
        }
    }

    /** Keywords of rules that run at or near keyword occurrences: their positions are recorded. */
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
            if (this.rules.get(r).scan() != SecretRule.Scan.WHOLE_TEXT) {
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
            bigramBits[b >>> 6] |= 1L << b;
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
            Sink sink = new Sink(rule, text, pathAllowed, seen, out);
            int[] occurrences = rule.scan() == SecretRule.Scan.WHOLE_TEXT ? null : hits.occurrences(ruleKeywords[r]);
            if (occurrences == null) {
                scanRegion(sink, 0, text.length());
            } else if (rule.scan() == SecretRule.Scan.AT_KEYWORD) {
                scanAtKeywords(sink, occurrences);
            } else {
                int[] regions = regions(occurrences, rule.reach(), text.length());
                for (int i = 0; i < regions.length && !sink.full(); i += 2) {
                    scanRegion(sink, regions[i], regions[i + 1]);
                }
            }
        }
        return out;
    }

    /** Runs an anchored match at each keyword occurrence, skipping those inside the previous match. */
    private static void scanAtKeywords(Sink sink, int[] occurrences) {
        String text = sink.text;
        int n = text.length();
        int free = 0;
        for (int i = 0; i < occurrences.length && !sink.full(); i++) {
            int p = occurrences[i];
            if (p < free || (sink.rule.leftGuard() != null && p > 0 && tokenChar(text.charAt(p - 1), sink.rule.leftGuard()))) {
                continue;
            }
            int to = Math.min(n, p + sink.rule.reach());
            Matcher m = sink.rule.pattern().matcher(new Slice(text, p, to));
            if (!m.lookingAt()) {
                continue;
            }
            if (m.end() == to - p && to < n) {
                // the match may go on past the usual reach: match again without the limit
                m = sink.rule.pattern().matcher(new Slice(text, p, n));
                if (!m.lookingAt()) {
                    continue;
                }
            }
            sink.accept(m, p);
            free = p + Math.max(1, m.end());
        }
    }

    /** Runs the rule unanchored over {@code text[from, to)}. */
    private static void scanRegion(Sink sink, int from, int to) {
        String text = sink.text;
        boolean whole = from == 0 && to == text.length();
        Matcher m = sink.rule.pattern().matcher(whole ? text : new Slice(text, from, to));
        int pos = 0;
        int len = to - from;
        while (pos <= len && !sink.full() && m.find(pos)) {
            int ms = m.start();
            int me = m.end();
            pos = me > ms ? me : me + 1;
            // in a window, a match touching an edge may be cut short: the real one is found from a wider window
            if (!whole && ((ms == 0 && from > 0) || (me == len && to < text.length()))) {
                pos = ms + 1;
                continue;
            }
            if (sink.rule.leftGuard() != null && from + ms > 0
                    && tokenChar(text.charAt(from + ms - 1), sink.rule.leftGuard())) {
                pos = ms + 1;
                continue;
            }
            sink.accept(m, from);
        }
    }

    /** Merged windows [p - w, p + w] around sorted occurrences, as (from, to) pairs. */
    private static int[] regions(int[] occurrences, int w, int n) {
        int[] out = new int[occurrences.length * 2];
        int o = 0;
        for (int p : occurrences) {
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

    /** Collects the matches of one rule in one text: secret part, dedup, allow rules, masking. */
    private final class Sink {
        final SecretRule rule;
        final String text;
        private final Optional<String> pathAllowed;
        private final Set<Long> seen;
        private final List<SecretMatch> out;
        private final boolean named;
        private int count;

        Sink(SecretRule rule, String text, Optional<String> pathAllowed, Set<Long> seen, List<SecretMatch> out) {
            this.rule = rule;
            this.text = text;
            this.pathAllowed = pathAllowed;
            this.seen = seen;
            this.out = out;
            this.named = rule.hasSecretGroup();
        }

        boolean full() {
            return count >= MAX_MATCHES_PER_RULE;
        }

        /** Takes the current match of {@code m}, whose input starts at {@code offset} in the text. */
        void accept(Matcher m, int offset) {
            int ms = offset + m.start();
            int me = offset + m.end();
            int start = ms;
            int end = me;
            if (named && m.start(SecretRule.SECRET_GROUP) >= 0) {
                start = offset + m.start(SecretRule.SECRET_GROUP);
                end = offset + m.end(SecretRule.SECRET_GROUP);
            }
            if (end <= start || !seen.add((long) start << 32 | end)) {
                return;
            }
            Optional<String> allowed = Optional.empty();
            if (allowRules) {
                allowed = pathAllowed.isPresent() ? pathAllowed
                        : SecretAllowRules.allowedValue(new Slice(text, ms, me), new Slice(text, start, end));
            }
            out.add(new SecretMatch(rule.id(), rule.category(), rule.title(), rule.severity(), start, end,
                    SecretMatch.mask(new Slice(text, start, end)), allowed));
            count++;
        }
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
        int c1 = n > 0 ? fold(text.charAt(0)) : 0;
        for (int i = 0; i + 1 < n; i++) {
            int c0 = c1;
            char next = text.charAt(i + 1);
            c1 = next < 128 ? LOWER[next] : fold(next);
            int bigram = c0 << 7 | c1;
            if ((c0 | c1) >= 128 || (bigramBits[bigram >>> 6] & (1L << bigram)) == 0) {
                continue;
            }
            for (int k : byBigram[bigram]) {
                if (hits.found[k] && !recordPositions[k]) {
                    continue;
                }
                if (matchesAt(text, i, keywords[k])) {
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

        /** The sorted positions of these keywords; null when one occurs too often to list. */
        int[] occurrences(int[] ks) {
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
            if (ks.length > 1) {
                Arrays.sort(all);
            }
            return all;
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
