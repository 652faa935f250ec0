package dev.lashing.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reports print about a scanned image before its findings.
 *
 * @param name the image as named in the report
 * @param layout the archive layout it was read from
 * @param references tags recorded for it
 * @param manifestDigest the manifest digest, when the layout has one
 * @param configDigest the config digest (image ID)
 * @param platform {@code os/arch[/variant]}
 * @param created the creation time as recorded (RFC 3339), empty when absent
 * @param user the configured user, empty when unset
 * @param layers number of layers
 * @param baseLayers number of layers from the base image, or -1 when it cannot be told
 * @param baseSource how the base/own split was decided
 * @param storedBytes size of the stored layer blobs
 * @param uncompressedBytes size of the layer tars
 * @param files regular files in the merged view
 * @param os the distribution and release, when known
 */
public record ImageSummary(String name, String layout, List<String> references, Optional<String> manifestDigest,
        String configDigest, String platform, String created, String user, int layers, int baseLayers,
        String baseSource, long storedBytes, long uncompressedBytes, long files, String os) {

    /** Copies the list and checks fields. */
    public ImageSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(manifestDigest, "manifestDigest");
        references = List.copyOf(references);
    }
}
