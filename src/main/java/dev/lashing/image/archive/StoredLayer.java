package dev.lashing.image.archive;

import dev.lashing.image.oci.Digest;
import io.airlift.compress.zstd.ZstdInputStream;
import dev.lashing.image.oci.ReadThroughInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** A layer blob in a store, decompressed by magic bytes and verified against its digests while read. */
final class StoredLayer implements LayerBlob {
    /**
     * Read-ahead of decompressed bytes: 32 chunks of 256 KiB, 8 MiB per layer being read, enough to
     * ride out a run of text files that the secret scan is slower on than the inflater.
     */
    private static final int READ_AHEAD_CHUNK = 256 << 10;
    private static final int READ_AHEAD_CHUNKS = 32;
    private final int index;
    private final BlobStore.Blob blob;
    private final Optional<Digest> blobDigest;
    private final Optional<Long> declaredSize;
    private final Digest diffId;
    private final String what;
    private final ImageLimits limits;

    /**
     * A layer; {@code declaredSize} is the descriptor's size when there is one, {@code what} names the
     * layer in messages.
     */
    StoredLayer(int index, BlobStore.Blob blob, Optional<Digest> blobDigest, Optional<Long> declaredSize,
            Digest diffId, String what, ImageLimits limits) {
        this.index = index;
        this.blob = blob;
        this.blobDigest = blobDigest;
        this.declaredSize = declaredSize;
        this.diffId = diffId;
        this.what = what;
        this.limits = limits;
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public Optional<Digest> blobDigest() {
        return blobDigest;
    }

    @Override
    public Digest diffId() {
        return diffId;
    }

    @Override
    public long storedSize() {
        return blob.size();
    }

    @Override
    public String compression() throws IOException {
        try (InputStream in = blob.open()) {
            return compression(in.readNBytes(4));
        }
    }

    /** The compression the first bytes announce: {@code gzip}, {@code zstd} or {@code none}. */
    static String compression(byte[] magic) {
        if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            return "gzip";
        }
        if (magic.length >= 4 && (magic[0] & 0xff) == 0x28 && (magic[1] & 0xff) == 0xb5
                && (magic[2] & 0xff) == 0x2f && (magic[3] & 0xff) == 0xfd) {
            return "zstd";
        }
        return "none";
    }

    @Override
    public InputStream openTar() throws IOException {
        InputStream raw = blob.open();
        try {
            if (declaredSize.isPresent()) {
                raw = new SizeCheckingInputStream(raw, declaredSize.get(), what);
            }
            if (blobDigest.isPresent()) {
                raw = blobDigest.get().verifying(raw, what + " (stored blob)");
            }
            CountingInputStream compressed = new CountingInputStream(new BufferedInputStream(raw, 64 * 1024));
            compressed.mark(4);
            String compression = compression(compressed.readNBytes(4));
            compressed.reset();
            InputStream plain = switch (compression) {
                case "gzip" -> GzipCompressorInputStream.builder().setInputStream(compressed)
                        .setDecompressConcatenated(true).get();
                case "zstd" -> new ZstdInputStream(compressed);
                default -> compressed;
            };
            InputStream guarded = new DecompressionGuard(plain, compressed, limits.maxLayerBytes(), what);
            // decompression on one core, the diff ID hash and whatever parses the tar on another
            InputStream ahead = new ReadAheadInputStream(guarded, READ_AHEAD_CHUNK, READ_AHEAD_CHUNKS, what);
            return diffId.verifying(ahead, what + " (uncompressed, diff ID)");
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    @Override
    public String toString() {
        return what;
    }

    /** Fails when the stream is longer or shorter than its descriptor said. */
    private static final class SizeCheckingInputStream extends ReadThroughInputStream {
        private final long expected;
        private final String what;
        private long seen;

        SizeCheckingInputStream(InputStream in, long expected, String what) {
            super(in);
            this.expected = expected;
            this.what = what;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n < 0) {
                if (seen != expected) {
                    throw new IOException(what + ": size mismatch: the descriptor says " + expected
                            + " bytes but the blob has " + seen);
                }
                return n;
            }
            seen += n;
            if (seen > expected) {
                throw new IOException(what + ": size mismatch: the descriptor says " + expected
                        + " bytes but the blob has more");
            }
            return n;
        }
    }
}
