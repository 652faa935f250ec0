package dev.lashing.dockerfile.syntax;

import java.util.Locale;
import java.util.Optional;

/** {@code FROM [--platform=p] image [AS name]}. */
public record From(InstructionSyntax syntax, Token image, Optional<Token> stageName) implements Instruction {

    /** The stage name in lower case, as BuildKit stores it. */
    public Optional<String> stageKey() {
        return stageName.map(t -> t.text().toLowerCase(Locale.ROOT));
    }

    /** The {@code --platform} flag, if present. */
    public Optional<Flag> platform() {
        return syntax.flag("platform");
    }
}
