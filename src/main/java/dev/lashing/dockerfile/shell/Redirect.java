package dev.lashing.dockerfile.shell;

import dev.lashing.core.TextRange;
import java.util.Objects;

/**
 * A redirection: its operator with any file descriptor ({@code >}, {@code >>}, {@code 2>},
 * {@code 2>&1}, {@code <}, {@code <<}, {@code <<-}, {@code <<<}, {@code &>} ...), its target word
 * (file, descriptor, heredoc delimiter or here-string) and its Dockerfile source range.
 */
public record Redirect(String operator, Word target, TextRange range) {

    /** Checks required fields. */
    public Redirect {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(range, "range");
    }

    /** True for a heredoc ({@code <<} or {@code <<-}). */
    public boolean isHeredoc() {
        return operator.endsWith("<<") || operator.endsWith("<<-");
    }
}
