package dev.lashing.secrets;

import dev.lashing.core.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * A secret found in a text. The raw secret is only reachable through the offsets ({@code
 * text.substring(start, end)}); {@code masked} keeps at most its first four characters.
 *
 * @param start offset of the first character of the secret part (UTF-16 chars in the scanned text)
 * @param end offset just after the secret part
 * @param allowedBecause set when an allow rule accepts the match (example value, test path...): such
 *     matches are not findings, but verbose output may show them
 */
public record SecretMatch(String ruleId, String category, String title, Severity severity, int start, int end,
        String masked, Optional<String> allowedBecause) {
    /** The longest masked form: a masked secret never shows more than this many characters. */
    public static final int MAX_MASKED_LENGTH = 20;

    /** Checks offsets and that nothing is null. */
    public SecretMatch {
        Objects.requireNonNull(ruleId);
        Objects.requireNonNull(category);
        Objects.requireNonNull(title);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(masked);
        Objects.requireNonNull(allowedBecause);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    /** True when no allow rule accepted this match: it is a finding. */
    public boolean reportable() {
        return allowedBecause.isEmpty();
    }

    /**
     * The masked form of a secret: at most its first four characters (at most a quarter of it for
     * short secrets), the rest as {@code *}, no longer than {@link #MAX_MASKED_LENGTH}.
     */
    public static String mask(CharSequence secret) {
        int n = secret.length();
        int keep = Math.min(4, n / 4);
        StringBuilder sb = new StringBuilder(Math.min(n, MAX_MASKED_LENGTH));
        for (int i = 0; i < keep; i++) {
            char c = secret.charAt(i);
            sb.append(Character.isISOControl(c) || Character.isSurrogate(c) ? '*' : c);
        }
        while (sb.length() < Math.min(n, MAX_MASKED_LENGTH)) {
            sb.append('*');
        }
        return sb.toString();
    }
}
