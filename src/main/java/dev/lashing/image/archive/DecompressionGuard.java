package dev.lashing.image.archive;

import dev.lashing.image.oci.Digest;
import dev.lashing.image.oci.ReadThroughInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Caps decompressed bytes and the decompression ratio; at the end, drains the stored stream so its
 * size and digest are checked even when the decompressor stopped early.
 */
final class DecompressionGuard extends ReadThroughInputStream {
    private final CountingInputStream compressed;
    private final long maxBytes;
    private final String what;
    private long produced;

    /** Guards {@code plain}, decompressed from {@code compressed}, named {@code what} in messages. */
    DecompressionGuard(InputStream plain, CountingInputStream compressed, long maxBytes, String what) {
        super(plain);
        this.compressed = compressed;
        this.maxBytes = maxBytes;
        this.what = what;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n;
        try {
            n = in.read(b, off, len);
        } catch (IOException e) {
            if (e instanceof Digest.Mismatch) {
                throw e;
            }
            throw new IOException(what + ": cannot decompress: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // aircompressor reports corrupt or unsupported zstd data unchecked (MalformedInputException for a
            // custom dictionary, IllegalStateException for a frame header without sizes, ...): on data from
            // strangers every decoder failure is the input's fault, never a crash
            throw new IOException(what + ": cannot decompress: " + e.getMessage(), e);
        }
        if (n < 0) {
            byte[] sink = new byte[8192];
            while (compressed.read(sink) >= 0) {
                // drain: reaching the end checks the stored blob's size and digest
            }
            return n;
        }
        produced += n;
        if (produced > maxBytes) {
            throw new IOException(what + ": decompressed size exceeds the limit of " + maxBytes
                    + " bytes");
        }
        if (produced > ImageLimits.RATIO_THRESHOLD
                && produced > ImageLimits.MAX_RATIO * Math.max(1, compressed.count())) {
            throw new IOException(what + ": decompression ratio exceeded: possible decompression bomb");
        }
        return n;
    }
}
