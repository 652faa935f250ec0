package dev.lashing.dockerfile.syntax;

import dev.lashing.core.TextRange;

/**
 * A here-document attached to RUN, COPY or ADD: the {@code <<EOF} marker word, the body lines
 * (line endings included, verbatim from the source) and the terminator line.
 *
 * @param name the delimiter with quotes removed
 * @param chomp {@code <<-}: leading tabs are stripped from the body and the terminator
 * @param expand false when the delimiter was quoted, so variables in the body are not expanded
 * @param fileDescriptor the file descriptor written before {@code <<}, 0 when absent
 * @param marker the {@code <<EOF} word in the instruction line
 * @param body the body text, one source character per logical character
 * @param terminator the range of the terminator line's content
 */
public record Heredoc(
        String name, boolean chomp, boolean expand, int fileDescriptor, Token marker, LogicalText body,
        TextRange terminator) {

    /** The body as BuildKit hands it over: with {@code <<-}, leading tabs removed from every line. */
    public String content() {
        if (!chomp) {
            return body.text();
        }
        StringBuilder sb = new StringBuilder();
        boolean lineStart = true;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (lineStart && c == '\t') {
                continue;
            }
            lineStart = c == '\n';
            sb.append(c);
        }
        return sb.toString();
    }
}
