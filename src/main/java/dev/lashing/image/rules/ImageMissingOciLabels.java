package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The image config lacks the OCI labels that say what the image is and where it came from (opt-in). */
@Rule(
        id = "IM011",
        name = "image-missing-oci-labels",
        summary = "Image config lacks OCI labels (source, revision, version, created)",
        severity = Severity.INFO,
        practices = {"P28"},
        references = {"https://github.com/opencontainers/image-spec/blob/main/annotations.md"},
        enabledByDefault = false)
public final class ImageMissingOciLabels implements ImageRule {
    /** The labels required by default; setting {@code required-labels} replaces the list. */
    static final List<String> DEFAULT = List.of("org.opencontainers.image.source",
            "org.opencontainers.image.revision", "org.opencontainers.image.version", "org.opencontainers.image.created");

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        Map<String, String> labels = image.config().labels();
        List<String> required = image.settings().stringList("required-labels");
        List<String> missing = new ArrayList<>();
        for (String name : required.isEmpty() ? DEFAULT : required) {
            if (labels.getOrDefault(name, "").isBlank()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            findings.config("/config/Labels", "the image has no " + String.join(", ", missing) + " label"
                    + (missing.size() > 1 ? "s" : "") + " (or an empty one): without them nobody can tell which "
                    + "source and version it was built from; set them at build time (docker buildx build --label, "
                    + "or LABEL lines filled from build arguments)");
        }
    }
}
