package dev.lashing.core.suppress;

import dev.lashing.core.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * One inline suppression: a comment ({@code # lashing ignore=DF001,SH002 -- reason},
 * {@code # lashing global ignore=...}, hadolint's {@code # hadolint [global] ignore=DL3008}) or, in a
 * Kubernetes manifest, an annotation (lashing's own, kube-linter's or Polaris').
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
        /** lashing's own comment or annotation. */
        LASHING,
        /** A hadolint comment in a Dockerfile. */
        HADOLINT,
        /** A kube-linter {@code ignore-check.kube-linter.io/<check>} annotation. */
        KUBE_LINTER,
        /** A Polaris {@code polaris.fairwinds.com/<check>-exempt} annotation. */
        POLARIS;

        /**
         * True when lashing may call a code of this origin unused: its own directives and hadolint's,
         * which only silence rules lashing mirrors. Annotations of other Kubernetes tools also serve
         * those tools, whose checks lashing's rules match only roughly, so they are never called unused.
         */
        public boolean judgedWhenUnused() {
            return this == LASHING || this == HADOLINT;
        }
    }

    /** A code as written in a directive. */
    public record Code(String text, TextRange range) {}
}
