package dev.lashing.runtime.suppress;

import dev.lashing.core.TextRange;
import dev.lashing.core.suppress.SuppressionDirective;
import dev.lashing.core.suppress.SuppressionParser;
import dev.lashing.core.suppress.Suppressions;
import java.util.List;

/**
 * Reads one comment of a run-time input as a lashing directive. Only lashing's own syntax counts here:
 * hadolint reads Dockerfiles only, so a {@code # hadolint ignore=} comment in YAML is an ordinary comment.
 */
final class CommentDirective {
    private CommentDirective() {}

    /**
     * The directive of the comment whose comment character is at {@code hash} and whose text runs to
     * {@code end}: {@link SuppressionParser.Parsed}, {@link SuppressionParser.Malformed} or
     * {@link SuppressionParser.NotADirective}.
     */
    static SuppressionParser.Result read(String text, int hash, int end) {
        SuppressionParser.Result r = SuppressionParser.parse(text.substring(hash + 1, end), hash + 1);
        if (r instanceof SuppressionParser.Parsed p
                && p.directive().origin() != SuppressionDirective.Origin.LASHING) {
            return new SuppressionParser.NotADirective();
        }
        return r;
    }

    /** Adds {@code r} to what was found: a directive covering {@code covers}, or a malformed comment. */
    static void add(SuppressionParser.Result r, TextRange covers, boolean coversContainers,
            List<RuntimeDirective> out, List<FileDirectives.Malformed> malformed) {
        if (r instanceof SuppressionParser.Parsed p) {
            out.add(new RuntimeDirective(new Suppressions.Scoped(p.directive(), covers), coversContainers));
        } else if (r instanceof SuppressionParser.Malformed m) {
            malformed.add(new FileDirectives.Malformed(m.message(), m.range()));
        }
    }
}
