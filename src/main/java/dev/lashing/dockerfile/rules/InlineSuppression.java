package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.core.suppress.SuppressionDirective;
import dev.lashing.core.suppress.SuppressionParser;
import dev.lashing.dockerfile.syntax.Comment;
import dev.lashing.dockerfile.syntax.Node;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** An inline suppression comment, for teams whose policy forbids them (opt-in). */
@Rule(
        id = "DF045",
        name = "inline-suppression",
        summary = "An inline suppression comment (# lashing ignore= or # hadolint ignore=)",
        severity = Severity.WARNING,
        practices = {"P26"},
        aliases = {"DL1001"},
        enabledByDefault = false)
public final class InlineSuppression implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (Node node : context.file().nodes()) {
            if (!(node instanceof Comment c)
                    || !(SuppressionParser.parse(c.text(), c.contentRange().start() + 1)
                            instanceof SuppressionParser.Parsed p)) {
                continue;
            }
            SuppressionDirective d = p.directive();
            String tool = d.origin() == SuppressionDirective.Origin.LASHING ? "lashing" : "hadolint";
            findings.report(c.contentRange(), (d.fileWide() ? "file-wide " : "") + tool + " suppression comment: "
                    + "this project's policy forbids inline suppressions; fix the finding, or ask for an "
                    + "exception in the central configuration (ignore / per-file-ignores)");
        }
    }
}
