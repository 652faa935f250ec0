package dev.lashing.dockerfile.rules;

import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import java.util.Locale;
import java.util.Optional;

/** Finds the word that carries a flag, so findings can point at the flag itself. */
final class ShellFlags {
    private ShellFlags() {}

    /**
     * The first argument (before {@code --}) spelling one of {@code flags}: exactly, as
     * {@code --long=value}, or inside a bundle of short flags ({@code -ky} for {@code -k}).
     */
    static Optional<Word> find(Command c, String... flags) {
        for (Word w : c.args()) {
            String t = w.text();
            if (t.equals("--")) {
                return Optional.empty();
            }
            for (String f : flags) {
                boolean isShort = f.length() == 2 && f.charAt(0) == '-' && f.charAt(1) != '-';
                boolean bundle = t.length() > 2 && t.charAt(0) == '-' && t.charAt(1) != '-' && t.indexOf('=') < 0;
                if (t.equals(f) || f.startsWith("--") && t.startsWith(f + "=")
                        || isShort && bundle && t.indexOf(f.charAt(1), 1) > 0) {
                    return Optional.of(w);
                }
            }
        }
        return Optional.empty();
    }

    /** True for values that switch something off: 0, false, no, off (any case, quotes removed). */
    static boolean isFalse(String value) {
        String v = value.replace("\"", "").replace("'", "").trim().toLowerCase(Locale.ROOT);
        return v.equals("0") || v.equals("false") || v.equals("no") || v.equals("off");
    }
}
