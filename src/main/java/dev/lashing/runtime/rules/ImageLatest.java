package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.oci.ImageReference;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Sourced;
import java.util.Optional;

/** The container's image is named without a tag or by {@code :latest}, and without a digest. */
@Rule(
        id = "RT032",
        name = "container-image-latest",
        summary = "Container image referenced by :latest or without a tag",
        severity = Severity.WARNING,
        practices = {"P02"},
        aliases = {"KSV-0013", "KSV013", "latest-tag", "tagNotSpecified"},
        references = {"https://kubernetes.io/docs/concepts/containers/images/#image-names"})
public final class ImageLatest implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Sourced<String> image = spec.image();
        Optional<ImageReference> ref = reference(image);
        if (ref.isEmpty() || ref.get().digest().isPresent()) {
            return;
        }
        String as = Spelling.written(image, "`" + image.value() + "`");
        String why = ", which names whatever was pushed last: what runs changes without notice, and two hosts "
                + "may run different code; use a version tag (and a digest in production)";
        if (ref.get().tag().isEmpty()) {
            findings.report(image, "the image " + as + " has no tag, which means :latest" + why);
        } else if (ref.get().tag().get().equals("latest")) {
            findings.report(image, "the image " + as + " is referenced by the tag :latest" + why);
        }
    }

    /** The parsed image reference, when the spec names one lashing can judge (not a Quadlet .image unit). */
    static Optional<ImageReference> reference(Sourced<String> image) {
        if (image.isUnresolved() || image.value().isBlank() || image.value().endsWith(".image")
                || image.value().endsWith(".build")) {
            return Optional.empty();
        }
        return ImageReference.tryParse(image.value().strip());
    }
}
