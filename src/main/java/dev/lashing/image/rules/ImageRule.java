package dev.lashing.image.rules;

import dev.lashing.image.analyzers.ImageFacts;

/** A rule that judges an image's facts. Rules never do IO. */
public interface ImageRule {

    /** Checks the image and reports findings. */
    void check(ImageFacts image, ImageFindingSink findings);
}
