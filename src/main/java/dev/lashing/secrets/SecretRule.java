package dev.lashing.secrets;

import com.google.re2j.Pattern;
import dev.lashing.core.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One kind of secret recognised by its format: an RE2J pattern whose group {@code secret} (or, when
 * absent, the whole match) is the secret part, run on a file only when one of its lower-case
 * {@code keywords} occurs in the file (compared case-insensitively).
 *
 * @param id stable kebab-case id, e.g. {@code aws-access-key-id}
 * @param category the vendor or family, e.g. {@code AWS}
 * @param title one-line human title
 * @param severity ERROR for live cloud, VCS and payment credentials and private keys, WARNING otherwise
 * @param pattern the RE2J pattern (linear time on any input)
 * @param keywords lower-case literals of which at least one must occur in the file for the pattern to run
 * @param paths when not empty, the rule only applies to files whose path ends with {@code "/" + one of these}
 * @param scan where the pattern runs: from each keyword occurrence (the default: the keyword starts
 *     every match), in windows around keyword occurrences, or over the whole text
 * @param reach for {@link Scan#AT_KEYWORD} the usual longest match (longer matches are still found,
 *     at a higher cost), for {@link Scan#NEAR_KEYWORD} the farthest a match starts before or ends after
 *     a keyword occurrence
 * @param leftGuard when not null, a match is dropped if the character before it is a word character
 *     ({@code [A-Za-z0-9_]}) or one of these characters: a left token boundary checked outside the
 *     regex so that the pattern keeps its literal prefix (RE2J then jumps between prefix occurrences)
 */
public record SecretRule(String id, String category, String title, Severity severity, Pattern pattern,
        List<String> keywords, List<String> paths, Scan scan, int reach, String leftGuard) {
    /** Where a rule's pattern runs. */
    public enum Scan {
        /** Anchored at each keyword occurrence: a keyword (case-insensitively) starts every match. */
        AT_KEYWORD,
        /** Unanchored, in windows of {@code reach} characters either side of each keyword occurrence. */
        NEAR_KEYWORD,
        /** Unanchored over the whole text (when a keyword occurs anywhere in it). */
        WHOLE_TEXT
    }


    /** The name of the group holding the secret part of a match. */
    public static final String SECRET_GROUP = "secret";
    /** The default {@link #reach}: longer than almost every token. */
    public static final int DEFAULT_REACH = 256;

    /** Checks the invariants: keywords lower-case and not empty, ids kebab-case. */
    public SecretRule {
        Objects.requireNonNull(id);
        Objects.requireNonNull(category);
        Objects.requireNonNull(title);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(pattern);
        keywords = List.copyOf(keywords);
        paths = List.copyOf(paths);
        if (!id.matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("rule id is not kebab-case: " + id);
        }
        if (keywords.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " has no keyword");
        }
        for (String k : keywords) {
            if (k.length() < 2 || !k.equals(k.toLowerCase(Locale.ROOT)) || !k.chars().allMatch(c -> c >= 32 && c < 127)) {
                throw new IllegalArgumentException("rule " + id + ": keyword must be printable lower-case ASCII of 2+ chars: " + k);
            }
        }
        Objects.requireNonNull(scan);
        if (reach <= 0) {
            throw new IllegalArgumentException("reach must be positive in " + id);
        }
    }

    /**
     * A rule that runs on any file. A leading {@code \b} in {@code regex} is taken out of the pattern
     * and checked by the scanner instead (see {@link #leftGuard}).
     */
    public static SecretRule of(String id, String category, String title, Severity severity, String regex,
            String... keywords) {
        String guard = null;
        String r = regex;
        if (r.startsWith("\\b")) {
            guard = "";
            r = r.substring(2);
        }
        return new SecretRule(id, category, title, severity, Pattern.compile(r), List.of(keywords), List.of(),
                Scan.AT_KEYWORD, DEFAULT_REACH, guard);
    }

    /** This rule restricted to files whose path ends with one of {@code suffixes} (after a slash). */
    public SecretRule onlyIn(String... suffixes) {
        return new SecretRule(id, category, title, severity, pattern, keywords, List.of(suffixes), scan, reach, leftGuard);
    }

    /** This rule run on windows of {@code chars} characters either side of each keyword occurrence. */
    public SecretRule near(int chars) {
        return new SecretRule(id, category, title, severity, pattern, keywords, paths, Scan.NEAR_KEYWORD, chars, leftGuard);
    }

    /** This rule run over the whole text when a keyword occurs anywhere (its match need not hold one). */
    public SecretRule wholeText() {
        return new SecretRule(id, category, title, severity, pattern, keywords, paths, Scan.WHOLE_TEXT, reach, leftGuard);
    }

    /** This rule with a left token boundary that also counts {@code extra} as token characters. */
    public SecretRule guardLeft(String extra) {
        return new SecretRule(id, category, title, severity, pattern, keywords, paths, scan, reach, extra);
    }

    /** True when the pattern has a group naming the secret part. */
    public boolean hasSecretGroup() {
        return pattern.namedGroups().containsKey(SECRET_GROUP);
    }

    /** True when this rule applies to a file at {@code normalisedPath} (leading slash, forward slashes). */
    boolean appliesTo(String normalisedPath) {
        if (paths.isEmpty()) {
            return true;
        }
        for (String p : paths) {
            if (normalisedPath.endsWith(p) && normalisedPath.charAt(normalisedPath.length() - p.length() - 1) == '/') {
                return true;
            }
        }
        return false;
    }
}
