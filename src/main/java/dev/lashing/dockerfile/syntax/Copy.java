package dev.lashing.dockerfile.syntax;

import java.util.List;
import java.util.Optional;

/** {@code COPY [--from] [--chown] [--chmod] [--link] [--parents] [--exclude] src... dest}. */
public record Copy(InstructionSyntax syntax, List<Token> sources, Token destination, boolean json)
        implements FileTransfer {

    /** Copies the list. */
    public Copy {
        sources = List.copyOf(sources);
    }

    /** The {@code --from} flag: a stage name, a stage index or an image reference. */
    public Optional<Flag> from() {
        return syntax.flag("from");
    }
}
