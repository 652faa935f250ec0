package dev.lashing.image.rules;

import dev.lashing.rules.SecretNames;

/** Shows secret values safely in messages. */
final class Secrets {
    private Secrets() {}

    /** At most the first four characters of {@code value} (fewer for short values), then an ellipsis. */
    static String mask(String value) {
        int shown = Math.min(4, value.length() / 4);
        return value.substring(0, shown) + "…";
    }

    /** True when {@code value} is a placeholder or a reference, not a secret (see {@link SecretNames#isPlaceholder}). */
    static boolean isPlaceholder(String value) {
        return SecretNames.isPlaceholder(value);
    }
}
