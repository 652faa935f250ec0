package dev.lashing.image.oci;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A filter stream whose every byte passes through {@link #read(byte[], int, int)}: the one-byte
 * {@code read()} and {@code skip} are built on it. Streams that hash, count, bound or decode what
 * flows through (digest checks, size checks, decompression limits, HTTP bodies) extend it and
 * override only the array read, so no byte can bypass their checks through a delegated skip.
 */
public abstract class ReadThroughInputStream extends FilterInputStream {
    private byte[] skipBuffer;

    /** Wraps {@code in}. */
    protected ReadThroughInputStream(InputStream in) {
        super(in);
    }

    @Override
    public abstract int read(byte[] b, int off, int len) throws IOException;

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    /** Reads and discards up to {@code n} bytes, so that they are checked like any other. */
    @Override
    public long skip(long n) throws IOException {
        if (skipBuffer == null) {
            skipBuffer = new byte[8192];
        }
        long total = 0;
        while (total < n) {
            int r = read(skipBuffer, 0, (int) Math.min(skipBuffer.length, n - total));
            if (r < 0) {
                break;
            }
            total += r;
        }
        return total;
    }
}
