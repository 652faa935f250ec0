package dev.lashing.image.archive;

import dev.lashing.image.oci.Platform;
import java.util.Optional;

/**
 * Where images come from: a docker-save tarball, an OCI layout directory or archive, standard input,
 * a local daemon — and later a registry. A source reads only small JSON blobs to resolve an image;
 * layers are read when the walker opens them.
 */
public interface ImageSource extends AutoCloseable {

    /**
     * Resolves the image to scan. {@code platform} picks from a multi-platform index (default: the
     * machine's, see {@link Platform#current()}); {@code tag} picks among several images in one
     * archive. Fails with a message listing the choices when the pick is ambiguous or absent.
     */
    ResolvedImage resolve(Optional<Platform> platform, Optional<String> tag) throws ImageException;

    /** Releases files and temp copies. */
    @Override
    void close();
}
