package dev.lashing.image.archive;

import dev.lashing.image.oci.Digest;
import dev.lashing.image.oci.ImageConfig;
import dev.lashing.image.oci.Platform;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One image picked from a source: its config and layers, and how it was found.
 *
 * @param display how reports name the image (the path given, plus the tag when there was a choice)
 * @param layout which layout it came from: {@code docker-archive}, {@code docker-archive (oci)},
 *     {@code oci-layout}, {@code oci-archive}, {@code daemon}
 * @param references the tags the source records for it ({@code RepoTags}, {@code org.opencontainers.image.ref.name})
 * @param manifestDigest the digest of the manifest, when the layout has one (classic docker save does not)
 * @param configDigest the digest of the config blob (the image ID)
 * @param config the parsed config
 * @param layers the layers, base first, as many as {@code config.diffIds()}
 * @param platforms every platform the source offers (one for a single image)
 * @param baseImageName {@code org.opencontainers.image.base.name} annotation, when present
 */
public record ResolvedImage(
        String display,
        String layout,
        List<String> references,
        Optional<Digest> manifestDigest,
        Digest configDigest,
        ImageConfig config,
        List<LayerBlob> layers,
        List<Platform> platforms,
        Optional<String> baseImageName) {

    /** Copies lists and checks fields. */
    public ResolvedImage {
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(configDigest, "configDigest");
        Objects.requireNonNull(config, "config");
        references = List.copyOf(references);
        layers = List.copyOf(layers);
        platforms = List.copyOf(platforms);
    }
}
