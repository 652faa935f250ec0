package dev.lashing.image.oci;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An image manifest (OCI {@code application/vnd.oci.image.manifest.v1+json} or Docker
 * {@code application/vnd.docker.distribution.manifest.v2+json}): the config blob and the layers.
 *
 * @param mediaType the manifest's media type as written (may be empty: OCI makes it optional)
 * @param config the config blob's descriptor
 * @param layers the layer descriptors, base first
 * @param annotations the manifest's annotations
 */
public record Manifest(String mediaType, Descriptor config, List<Descriptor> layers, Map<String, String> annotations) {

    /** The annotation naming the image this one was built on. */
    public static final String BASE_NAME = "org.opencontainers.image.base.name";

    /** Copies collections and checks fields. */
    public Manifest {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(config, "config");
        layers = List.copyOf(layers);
        annotations = Map.copyOf(annotations);
    }

    /** The base image name from the {@value #BASE_NAME} annotation, when present and not blank. */
    public Optional<String> baseImageName() {
        String name = annotations.get(BASE_NAME);
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(name);
    }
}
