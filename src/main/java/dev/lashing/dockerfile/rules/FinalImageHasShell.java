package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.model.StageBase;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Locale;

/** The shipped image is built on a base with a shell and a package manager, not distroless or scratch (opt-in). */
@Rule(
        id = "DF072",
        name = "final-image-not-distroless",
        summary = "Shipped image has a shell and package manager (base is not distroless or scratch)",
        severity = Severity.INFO,
        practices = {"P08"},
        references = {"https://github.com/GoogleContainerTools/distroless"},
        enabledByDefault = false)
public final class FinalImageHasShell implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        Stage last = context.model().finalStage().orElse(null);
        if (last == null) {
            return;
        }
        if (!(Stages.root(last).base() instanceof StageBase.Image image)) {
            return;
        }
        String ref = (image.reference().registry() + "/" + image.reference().repository() + ":"
                + image.reference().tag().orElse("")).toLowerCase(Locale.ROOT);
        if (ref.contains("distroless") || ref.contains("chainguard") || ref.contains(":static")
                || ref.contains("/static") || ref.contains("-static") || ref.contains("scratch")
                || ref.contains("busybox") && ref.contains("static")) {
            return;
        }
        findings.report(last.from().syntax().headRange(), "the shipped image is based on "
                + image.reference().familiarName() + ", which has a shell and a package manager an intruder can use; "
                + "where the application allows, copy the result onto a distroless or scratch base");
    }
}
