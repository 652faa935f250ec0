package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.oci.ImageReference;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Sourced;
import java.util.Optional;

/** The container's image is referenced by tag only, not by digest (opt-in). */
@Rule(
        id = "RT033",
        name = "container-image-not-digest-pinned",
        summary = "Container image referenced by tag, not by digest (@sha256:...)",
        severity = Severity.WARNING,
        practices = {"P03"},
        references = {"https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier"},
        enabledByDefault = false)
public final class ImageNotDigestPinned implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Sourced<String> image = spec.image();
        Optional<ImageReference> ref = ImageLatest.reference(image);
        if (ref.isEmpty() || ref.get().digest().isPresent()) {
            return;
        }
        findings.report(image, "the image " + Spelling.written(image, "`" + image.value() + "`") + " is referenced by "
                + "tag only: a tag can be moved to other content, by its publisher or by anyone who gets write access "
                + "to the registry; pin it by digest (" + ref.get().original() + "@sha256:..., the digest that "
                + "`docker buildx imagetools inspect " + ref.get().original() + "` prints)");
    }
}
