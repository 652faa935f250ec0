package dev.lashing.image.oci;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An OCI content descriptor: what a blob is, its digest and size, and (in an index) its platform.
 *
 * @param mediaType the media type, e.g. {@code application/vnd.oci.image.layer.v1.tar+gzip}
 * @param digest the blob's digest, which reading verifies
 * @param size the blob's size in bytes, which reading verifies
 * @param platform the platform, for manifests listed in an index
 * @param annotations the annotations (e.g. {@code org.opencontainers.image.ref.name})
 */
public record Descriptor(
        String mediaType, Digest digest, long size, Optional<Platform> platform, Map<String, String> annotations) {

    /** Checks fields and copies the map. */
    public Descriptor {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(platform, "platform");
        annotations = Map.copyOf(annotations);
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
    }
}
