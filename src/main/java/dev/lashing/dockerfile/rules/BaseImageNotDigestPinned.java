package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.model.StageBase;
import dev.lashing.dockerfile.syntax.From;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** A shipped stage is built FROM an image referenced by tag, not by digest (opt-in: for production builds). */
@Rule(
        id = "DF067",
        name = "base-image-not-digest-pinned",
        summary = "Shipped base image referenced by tag rather than by digest",
        severity = Severity.INFO,
        practices = {"P03"},
        references = {"CIS Docker Benchmark 5.28", "https://docs.docker.com/build/building/best-practices/#pin-base-image-versions"},
        enabledByDefault = false)
public final class BaseImageNotDigestPinned implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (Stage stage : context.model().shippedStages()) {
            if (stage.from() instanceof From from && stage.base() instanceof StageBase.Image image
                    && image.reference().digest().isEmpty()) {
                findings.report(from.image().range(), "base image " + image.reference().familiarName()
                        + image.reference().tag().map(t -> ":" + t).orElse("") + " is referenced by tag, which its "
                        + "publisher (or an attacker with push access) can move; pin the digest: "
                        + from.image().text() + "@sha256:<digest>");
            }
        }
    }
}
