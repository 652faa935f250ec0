package dev.lashing.image.oci;

import java.util.Locale;

/** The media types of OCI and Docker v2 images, and questions about them. */
public final class MediaTypes {
    /** OCI image manifest. */
    public static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    /** OCI image index. */
    public static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
    /** OCI image config. */
    public static final String OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
    /** Docker v2 schema 2 manifest. */
    public static final String DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
    /** Docker manifest list. */
    public static final String DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
    /** Docker image config. */
    public static final String DOCKER_CONFIG = "application/vnd.docker.container.image.v1+json";
    /** The annotation carrying a manifest's tag in an OCI layout. */
    public static final String REF_NAME = "org.opencontainers.image.ref.name";
    /** The annotation BuildKit puts on attestation manifests in an index. */
    public static final String REFERENCE_TYPE = "vnd.docker.reference.type";

    private MediaTypes() {
    }

    /** True for an OCI index or a Docker manifest list. */
    public static boolean isIndex(String mediaType) {
        return mediaType.equals(OCI_INDEX) || mediaType.equals(DOCKER_MANIFEST_LIST);
    }

    /** True for an OCI or Docker v2 image manifest. */
    public static boolean isManifest(String mediaType) {
        return mediaType.equals(OCI_MANIFEST) || mediaType.equals(DOCKER_MANIFEST);
    }

    /**
     * True for a layer type whose blob a registry or archive may leave out: Docker foreign layers
     * and OCI non-distributable layers.
     */
    public static boolean isNonDistributable(String mediaType) {
        String m = mediaType.toLowerCase(Locale.ROOT);
        return m.contains(".foreign.") || m.contains(".nondistributable.");
    }

    /**
     * True when a layer of this type is a (possibly compressed) tar: every OCI and Docker layer type
     * ({@code +gzip}, {@code +zstd}, uncompressed, foreign, non-distributable), and an empty type.
     */
    public static boolean isLayer(String mediaType) {
        String m = mediaType.toLowerCase(Locale.ROOT);
        return m.isEmpty() || m.startsWith("application/vnd.oci.image.layer.")
                || m.startsWith("application/vnd.docker.image.rootfs.");
    }
}
