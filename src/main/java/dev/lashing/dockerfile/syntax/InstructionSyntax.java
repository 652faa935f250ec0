package dev.lashing.dockerfile.syntax;

import dev.lashing.core.TextRange;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What every instruction has: its full source range (continuation lines, embedded comments and
 * heredoc bodies included), the keyword as written, its flags, the logical text of its arguments
 * after the flags, its heredocs, the comment lines inside it, and the whole logical line.
 */
public record InstructionSyntax(
        TextRange range,
        Token keyword,
        List<Flag> flags,
        LogicalText arguments,
        List<Heredoc> heredocs,
        List<Comment> innerComments,
        LogicalText line) {

    /** Copies the lists. */
    public InstructionSyntax {
        flags = List.copyOf(flags);
        heredocs = List.copyOf(heredocs);
        innerComments = List.copyOf(innerComments);
    }

    /** The keyword in upper case, e.g. {@code RUN}. */
    public String name() {
        return keyword.text().toUpperCase(Locale.ROOT);
    }

    /** The first flag called {@code name} (case-insensitive), if any. */
    public Optional<Flag> flag(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (Flag f : flags) {
            if (f.key().equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Every flag called {@code name} (case-insensitive), for repeatable flags such as {@code --mount}. */
    public List<Flag> flags(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return flags.stream().filter(f -> f.key().equals(key)).toList();
    }

    /** The range of the first physical line's content, for findings about the instruction as a whole. */
    public TextRange headRange() {
        return line.sourceRange();
    }
}
