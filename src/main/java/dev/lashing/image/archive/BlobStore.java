package dev.lashing.image.archive;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** The files of a layout or archive, addressed by normalised relative path; safe for concurrent reads. */
interface BlobStore extends Closeable {

    /** A stored file: its size and a way to read it, any number of times, from any thread. */
    interface Blob {
        /** The size in bytes. */
        long size();

        /** Opens the content. */
        InputStream open() throws IOException;
    }

    /** The file at {@code path} (normalised, relative), following symlinks that stay inside, when present. */
    Optional<Blob> find(String path) throws IOException;

    /** Reads a small file whole, refusing more than {@link Json#MAX_BYTES}. */
    default byte[] readSmall(Blob blob, String displayName) throws ImageException, IOException {
        Json.checkSize(blob.size(), displayName);
        try (InputStream in = blob.open()) {
            byte[] bytes = in.readNBytes(Json.MAX_BYTES + 1);
            Json.checkSize(bytes.length, displayName);
            return bytes;
        }
    }

    @Override
    void close();
}
