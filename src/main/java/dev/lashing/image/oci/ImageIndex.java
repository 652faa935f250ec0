package dev.lashing.image.oci;

import java.util.List;
import java.util.Objects;

/**
 * An image index (OCI {@code application/vnd.oci.image.index.v1+json} or Docker manifest list): the
 * manifests (or nested indexes) it lists, each with its platform and annotations.
 *
 * @param mediaType the index's media type as written (may be empty)
 * @param manifests the descriptors it lists, in order
 */
public record ImageIndex(String mediaType, List<Descriptor> manifests) {

    /** Copies the list and checks fields. */
    public ImageIndex {
        Objects.requireNonNull(mediaType, "mediaType");
        manifests = List.copyOf(manifests);
    }
}
