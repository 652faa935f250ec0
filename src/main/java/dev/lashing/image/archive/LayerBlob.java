package dev.lashing.image.archive;

import dev.lashing.image.oci.Digest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** One layer of a resolved image, readable any number of times, from any thread. */
public interface LayerBlob {

    /** 0-based position in the image's layer list (base first). */
    int index();

    /** The digest of the stored blob (compressed), when the layout records one. */
    Optional<Digest> blobDigest();

    /** The diff ID: the digest of the uncompressed tar, from the config's {@code rootfs.diff_ids}. */
    Digest diffId();

    /** The size of the stored (possibly compressed) blob in bytes. */
    long storedSize();

    /** The compression found by magic bytes: {@code gzip}, {@code zstd} or {@code none}. */
    String compression() throws IOException;

    /**
     * Opens the uncompressed tar stream. The stream verifies the blob digest and size and the diff ID
     * as it reaches the end; a mismatch surfaces as {@link Digest.Mismatch} from {@code read}. Reading
     * past a decompression limit throws an {@link IOException} naming the limit.
     */
    InputStream openTar() throws IOException;
}
