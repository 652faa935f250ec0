package dev.lashing.image.analyzers;

import dev.lashing.image.oci.Digest;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about one layer after the walk: identity, sizes, the history step that made it,
 * and whether it belongs to the base image (which the image's own build cannot change).
 *
 * @param index 0-based position, base first
 * @param diffId digest of the uncompressed tar
 * @param storedSize size of the stored blob (possibly compressed)
 * @param uncompressedSize bytes of tar read
 * @param entries number of tar entries
 * @param historyIndex index into the config's history of the step that made the layer, when the
 *     history accounts for it
 * @param createdBy that step's {@code created_by}, empty when unknown
 * @param base true when the layer belongs to the base image
 */
public record LayerInfo(int index, Digest diffId, long storedSize, long uncompressedSize, long entries,
        Optional<Integer> historyIndex, String createdBy, boolean base) {

    /** Checks fields. */
    public LayerInfo {
        Objects.requireNonNull(diffId, "diffId");
        Objects.requireNonNull(historyIndex, "historyIndex");
        createdBy = createdBy == null ? "" : createdBy;
    }
}
