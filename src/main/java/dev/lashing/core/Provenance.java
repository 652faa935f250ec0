package dev.lashing.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Where in an image a finding comes from: the image, the layer and the build step that made it,
 * and whether that layer is the base image's (which the image's own build cannot change) or the
 * image's own, and, when the Dockerfile that built the image was given, the instruction of that step.
 * Findings on Dockerfiles have none.
 *
 * @param image the image as named in the report
 * @param layer the 0-based layer index, or -1 when the finding is on the config or the whole image
 * @param layerDigest the layer's diff ID, empty when {@code layer} is -1
 * @param step the history step ({@code created_by}) that made the layer or set the value, empty when unknown
 * @param origin whether the layer belongs to the base image
 * @param historyDerived true when a Dockerfile rule found this in a Dockerfile rebuilt from the image's history
 * @param instruction the Dockerfile instruction that produced the step, when a Dockerfile was given and matched
 */
public record Provenance(String image, int layer, String layerDigest, String step, Origin origin, boolean historyDerived,
        Optional<InstructionRef> instruction) {

    /** Checks fields. */
    public Provenance {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(layerDigest, "layerDigest");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(instruction, "instruction");
    }

    /** A provenance not traced to a Dockerfile instruction. */
    public Provenance(String image, int layer, String layerDigest, String step, Origin origin, boolean historyDerived) {
        this(image, layer, layerDigest, step, origin, historyDerived, Optional.empty());
    }

    /** The same provenance traced to {@code where} (or to nothing, when empty). */
    public Provenance withInstruction(Optional<InstructionRef> where) {
        return new Provenance(image, layer, layerDigest, step, origin, historyDerived, where);
    }

    /** Whether a layer was built by the image's own build or inherited from its base image. */
    public enum Origin {
        /** Built by the image's own build: the user can act on it. */
        OWN,
        /** Inherited from the base image: fix it there, or pick another base. */
        BASE,
        /** Cannot be told (no usable history and no hint). */
        UNKNOWN
    }
}
