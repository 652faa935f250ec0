package dev.lashing.image.oci;

import java.time.Instant;
import java.util.Optional;

/**
 * One entry of an image config's {@code history}: the step that made a layer (or, when
 * {@code emptyLayer}, changed only metadata).
 *
 * @param created when the step ran, when recorded and valid
 * @param createdBy the command as recorded, e.g. {@code RUN /bin/sh -c apt-get update # buildkit}
 *     or {@code /bin/sh -c #(nop)  CMD ["sh"]}; empty when not recorded
 * @param comment the builder's comment (BuildKit writes {@code buildkit.dockerfile.v0})
 * @param emptyLayer true when the step produced no layer
 */
public record HistoryEntry(Optional<Instant> created, String createdBy, String comment, boolean emptyLayer) {

    /** Normalises nulls to empty strings. */
    public HistoryEntry {
        createdBy = createdBy == null ? "" : createdBy;
        comment = comment == null ? "" : comment;
    }
}
