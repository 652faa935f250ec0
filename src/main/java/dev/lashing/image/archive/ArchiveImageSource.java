package dev.lashing.image.archive;

import dev.lashing.image.oci.Platform;
import java.util.List;
import java.util.Optional;

/** An image source over a blob store: an OCI layout directory, an OCI archive or a docker-save archive. */
final class ArchiveImageSource implements ImageSource {
    /** The layouts a store can hold. */
    enum Kind { OCI_LAYOUT, OCI_ARCHIVE, DOCKER_ARCHIVE }

    private final BlobStore store;
    private final Kind kind;
    private final String display;
    private final ImageLimits limits;
    private final Runnable cleanup;

    ArchiveImageSource(BlobStore store, Kind kind, String display, ImageLimits limits, Runnable cleanup) {
        this.store = store;
        this.kind = kind;
        this.display = display;
        this.limits = limits;
        this.cleanup = cleanup;
    }

    @Override
    public ResolvedImage resolve(Optional<Platform> platform, Optional<String> tag) throws ImageException {
        return switch (kind) {
            case OCI_LAYOUT -> new OciResolver(store, display, limits).resolve(platform, tag, "oci-layout",
                    d -> List.of());
            case OCI_ARCHIVE -> new OciResolver(store, display, limits).resolve(platform, tag, "oci-archive",
                    d -> List.of());
            case DOCKER_ARCHIVE -> new DockerArchiveResolver((TarStore) store, display, limits).resolve(platform, tag);
        };
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            cleanup.run();
        }
    }

    @Override
    public String toString() {
        return display + " (" + kind + ")";
    }
}
