package dev.lashing.image.rules;

/** Shows secret values safely in messages. */
final class Secrets {
    private Secrets() {}

    /** At most the first four characters of {@code value} (fewer for short values), then an ellipsis. */
    static String mask(String value) {
        int shown = Math.min(4, value.length() / 4);
        return value.substring(0, shown) + "…";
    }

    /** True when {@code value} is a placeholder or a reference, not a secret: empty, {@code changeme}, {@code ${X}}, {@code <x>}. */
    static boolean isPlaceholder(String value) {
        String v = value.trim();
        if (v.isEmpty() || v.startsWith("$") || v.startsWith("<") && v.endsWith(">") || v.startsWith("{{") || v.startsWith("/run/secrets/")) {
            return true;
        }
        String lower = v.toLowerCase(java.util.Locale.ROOT);
        return java.util.Set.of("changeme", "change-me", "change_me", "xxx", "xxxx", "none", "null", "secret",
                "password", "todo", "placeholder", "dummy", "example", "redacted", "***", "-", "false", "true")
                .contains(lower) || lower.chars().allMatch(c -> c == 'x' || c == '*');
    }
}
