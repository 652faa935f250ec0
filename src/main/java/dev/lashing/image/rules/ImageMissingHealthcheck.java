package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.image.oci.Healthcheck;
import dev.lashing.rules.Rule;
import java.util.Optional;

/** The image config has no health check, or disables the one its base image defined. */
@Rule(
        id = "IM003",
        name = "image-missing-healthcheck",
        summary = "Image config has no health check, or disables an inherited one",
        severity = Severity.INFO,
        practices = {"P41"},
        aliases = {"CIS-DI-0006"},
        references = {"CIS Docker Benchmark 4.6", "https://docs.docker.com/reference/dockerfile/#healthcheck"})
public final class ImageMissingHealthcheck implements ImageRule {

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        Optional<Healthcheck> hc = image.config().healthcheck();
        if (hc.isEmpty() || hc.get().test().isEmpty()) {
            findings.config("/config/Healthcheck", "the image config has no health check, so orchestrators cannot "
                    + "tell a hung process from a healthy one; add a HEALTHCHECK (an OCI-format image cannot carry "
                    + "one: then configure it at run time)");
        } else if (hc.get().disabled()) {
            findings.config("/config/Healthcheck/Test", "the image config disables the health check "
                    + "(HEALTHCHECK NONE), switching off the one its base image defined; remove HEALTHCHECK NONE or "
                    + "define a check for this application", Severity.WARNING);
        }
    }
}
