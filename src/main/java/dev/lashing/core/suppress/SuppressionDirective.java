package dev.lashing.core.suppress;

import dev.lashing.core.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * One inline suppression comment: {@code # lashing ignore=DF001,SH002 -- reason},
 * {@code # lashing global ignore=...}, or hadolint's {@code # hadolint [global] ignore=DL3008}.
 *
 * @param origin which tool's syntax it uses
 * @param fileWide true for the {@code global} form, which covers the whole file
 * @param codes the codes listed, each with its place in the file
 * @param reason the text after {@code --} (lashing) or a second {@code #} (hadolint)
 * @param range the comment's range
 */
public record SuppressionDirective(
        Origin origin, boolean fileWide, List<Code> codes, Optional<String> reason, TextRange range) {

    /** Copies the list. */
    public SuppressionDirective {
        codes = List.copyOf(codes);
    }

    /** The syntax family of a directive. */
    public enum Origin {
        LASHING,
        HADOLINT
    }

    /** A code as written in a directive. */
    public record Code(String text, TextRange range) {}
}
