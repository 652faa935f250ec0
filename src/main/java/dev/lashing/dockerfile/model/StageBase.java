package dev.lashing.dockerfile.model;

import dev.lashing.image.oci.ImageReference;
import java.util.Set;

/** What a stage is built FROM. */
public sealed interface StageBase {

    /** An image from a registry. */
    record Image(ImageReference reference) implements StageBase {}

    /** An earlier stage of the same Dockerfile. */
    record StageRef(Stage parent) implements StageBase {}

    /** {@code FROM scratch}: an empty filesystem, no user, no environment. */
    record Scratch() implements StageBase {}

    /** The reference depends on build arguments we do not know. */
    record Unresolved(String text, Set<String> variables) implements StageBase {}

    /** Text that is not a valid image reference (or a broken FROM). */
    record Invalid(String text) implements StageBase {}
}
