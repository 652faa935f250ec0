package dev.lashing.dockerfile.syntax;

import java.util.List;

/** {@code ADD [--chown] [--chmod] [--link] [--checksum] [--keep-git-dir] [--exclude] src... dest}. */
public record Add(InstructionSyntax syntax, List<Token> sources, Token destination, boolean json)
        implements FileTransfer {

    /** Copies the list. */
    public Add {
        sources = List.copyOf(sources);
    }
}
