package dev.lashing.image.layer;

import java.util.Objects;

/**
 * An entry the walker left out of the merged view or could not fully use, and why; the walk went on.
 *
 * @param layer 0-based index of the layer holding the entry
 * @param name the entry name as written in the tar (shortened and NUL-free when it was refused for that)
 * @param reason what is wrong, for the user
 */
public record LayerProblem(int layer, String name, String reason) {
    /** Checks fields. */
    public LayerProblem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
    }
}
