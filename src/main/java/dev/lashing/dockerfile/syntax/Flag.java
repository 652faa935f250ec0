package dev.lashing.dockerfile.syntax;

import dev.lashing.core.TextRange;
import java.util.Locale;
import java.util.Optional;

/**
 * An instruction flag such as {@code --from=builder} or {@code --link}. {@code value} has quotes
 * and backslash escapes removed, as BuildKit does; it is empty for a bare boolean flag.
 */
public record Flag(Token token, String name, Optional<String> value, Optional<TextRange> valueRange) {

    /** The flag name in lower case, as BuildKit compares it. */
    public String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The value, or the empty string for a bare flag. */
    public String valueOrEmpty() {
        return value.orElse("");
    }

    /** The range of the whole flag, {@code --} included. */
    public TextRange range() {
        return token.range();
    }
}
