package dev.lashing.engine;

import java.util.Collection;

/**
 * Masks secret values that rules declared, in messages, snippets and recorded steps alike, keeping
 * each value's length so that offsets into the masked text still hold. Used for image and run-time
 * findings, whose rules declare the secrets they saw.
 */
public final class SecretMasking {
    private SecretMasking() {}

    /** Keeps at most four leading characters (a quarter of short values) and stars the rest. */
    public static String maskValue(String secret) {
        int keep = Math.min(4, secret.length() / 4);
        return secret.substring(0, keep) + "*".repeat(secret.length() - keep);
    }

    /** {@code text} with every one of {@code secrets} replaced by its mask. */
    public static String masked(String text, Collection<String> secrets) {
        String out = text;
        for (String s : secrets) {
            if (!s.isEmpty() && out.contains(s)) {
                out = out.replace(s, maskValue(s));
            }
        }
        return out;
    }
}
