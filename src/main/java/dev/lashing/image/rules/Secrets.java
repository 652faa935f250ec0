package dev.lashing.image.rules;

import java.util.Locale;
import java.util.Set;

/** Shows secret values safely in messages. */
final class Secrets {
    /** Values that stand for a secret to be filled in, not a secret. */
    private static final Set<String> PLACEHOLDERS = Set.of("changeme", "change-me", "change_me", "xxx", "xxxx", "none",
            "null", "secret", "password", "todo", "placeholder", "dummy", "example", "redacted", "-", "false", "true");

    private Secrets() {}

    /** At most the first four characters of {@code value} (fewer for short values), then an ellipsis. */
    static String mask(String value) {
        int shown = Math.min(4, value.length() / 4);
        return value.substring(0, shown) + "…";
    }

    /**
     * True when {@code value} is a placeholder or a reference, not a secret: empty, {@code changeme},
     * {@code ${X}}, {@code <x>}, {@code {{ x }}}, a {@code /run/secrets/} path, only {@code x} or {@code *}.
     */
    static boolean isPlaceholder(String value) {
        String v = value.trim();
        if (v.isEmpty() || v.startsWith("$") || v.startsWith("<") && v.endsWith(">") || v.startsWith("{{")
                || v.startsWith("/run/secrets/")) {
            return true;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        return PLACEHOLDERS.contains(lower) || lower.chars().allMatch(c -> c == 'x' || c == '*');
    }
}
