package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.model.StageBase;
import dev.lashing.dockerfile.syntax.From;
import dev.lashing.dockerfile.syntax.VariableExpander;
import dev.lashing.image.oci.ImageReference;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** A stage is built FROM an image with no tag or with the {@code latest} tag, and no digest. */
@Rule(
        id = "DF002",
        name = "base-image-latest",
        summary = "Base image has no tag or uses :latest",
        severity = Severity.WARNING,
        practices = {"P02"},
        aliases = {"DL3006", "DL3007", "DS-0001", "DS001", "CKV_DOCKER_7", "DKL-DI-0006"},
        references = {"CIS Docker Benchmark 5.28"})
public final class BaseImageLatest implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (Stage stage : context.model().stages()) {
            if (!(stage.from() instanceof From from)) {
                continue;
            }
            String written = from.image().text();
            String origin = written.contains("$") ? " (from " + written + ")" : "";
            if (stage.base() instanceof StageBase.Image image) {
                ImageReference ref = image.reference();
                if (ref.digest().isPresent()) {
                    continue;
                }
                if (ref.tag().isEmpty()) {
                    findings.report(from.image().range(), "base image " + ref.familiarName() + origin
                            + " has no tag, so it means :latest and changes under you; pin a version tag "
                            + "(or a digest)");
                } else if (ref.tag().get().equals("latest")) {
                    findings.report(from.image().range(), "base image " + ref.familiarName() + origin
                            + " uses the :latest tag, which changes under you; pin a version tag (or a digest)");
                }
            } else if (stage.base() instanceof StageBase.Unresolved u) {
                unresolved(context, from, u, findings);
            }
        }
    }

    /**
     * A reference with unknown variables can still be judged when the unknown part cannot hold the
     * tag: {@code $REGISTRY/alpine:3.20} is pinned and {@code $REGISTRY/alpine} is not, whatever the
     * registry is.
     */
    private static void unresolved(DockerfileContext context, From from, StageBase.Unresolved u, FindingSink findings) {
        String value = VariableExpander.expand(
                from.image().text(), context.file().escape(), context.model().globalScope()).value();
        String tail = value.substring(value.lastIndexOf('/') + 1);
        if (tail.contains("@")) {
            return;
        }
        int colon = tail.indexOf(':');
        String tag = colon < 0 ? null : tail.substring(colon + 1);
        if (tag == null && !tail.contains("$")) {
            findings.report(from.image().range(), "base image " + value
                    + " has no tag, so it means :latest and changes under you; pin a version tag (or a digest)");
        } else if (tag != null && tag.equals("latest")) {
            findings.report(from.image().range(), "base image " + value
                    + " uses the :latest tag, which changes under you; pin a version tag (or a digest)");
        } else if (tag == null || tag.contains("$")) {
            findings.report(from.image().range(), "cannot tell whether base image " + from.image().text()
                    + " is pinned: it depends on " + String.join(", ", u.variables())
                    + ", which has no default here; give the ARG a pinned default or pass --build-arg",
                    Severity.INFO);
        }
    }
}
