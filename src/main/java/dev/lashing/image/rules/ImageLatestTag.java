package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.image.oci.ImageReference;
import dev.lashing.rules.Rule;
import java.util.Optional;

/** The image was named by the tag {@code latest}, or by no tag (which means {@code latest}). */
@Rule(
        id = "IM010",
        name = "image-latest-tag",
        summary = "Image referenced by :latest or without a tag",
        severity = Severity.WARNING,
        practices = {"P02", "P28"},
        aliases = {"DKL-DI-0006"},
        references = {"https://docs.docker.com/reference/cli/docker/image/tag/"})
public final class ImageLatestTag implements ImageRule {

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        Optional<ImageReference> ref = image.reference().flatMap(ImageReference::tryParse);
        if (ref.isEmpty() || ref.get().digest().isPresent()) {
            return;
        }
        ImageReference r = ref.get();
        if (r.tag().isEmpty()) {
            findings.image("the image is referenced as " + r.original() + " without a tag, which means :latest: it "
                    + "names whatever was pushed last, so what runs can change without notice; tag releases with a "
                    + "version and deploy by that tag or by digest");
        } else if (r.tag().get().equals("latest")) {
            findings.image("the image is referenced by the tag :latest (" + r.original() + "), which names "
                    + "whatever was pushed last, so what runs can change without notice; tag releases with a version "
                    + "and deploy by that tag or by digest");
        }
    }
}
