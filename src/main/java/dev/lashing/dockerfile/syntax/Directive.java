package dev.lashing.dockerfile.syntax;

import dev.lashing.core.TextRange;

/** A parser directive at the top of the file: {@code # syntax=...}, {@code # escape=`}, {@code # check=...}. */
public record Directive(TextRange range, Token name, Token value) implements Node {

    /** The directive name in lower case. */
    public String key() {
        return name.text().toLowerCase(java.util.Locale.ROOT);
    }
}
