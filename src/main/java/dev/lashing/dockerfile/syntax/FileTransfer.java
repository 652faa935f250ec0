package dev.lashing.dockerfile.syntax;

import java.util.List;
import java.util.Optional;

/** What COPY and ADD share: sources, a destination, exec or whitespace form, heredoc sources. */
public sealed interface FileTransfer extends Instruction permits Copy, Add {

    /** The sources as written (a heredoc source appears as its {@code <<EOF} marker). */
    List<Token> sources();

    /** The destination, the last argument. */
    Token destination();

    /** True for the JSON array form. */
    boolean json();

    /** The heredoc a source marker refers to, if it is one. */
    default Optional<Heredoc> heredoc(Token source) {
        for (Heredoc h : syntax().heredocs()) {
            if (h.marker().range().equals(source.range())) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }
}
