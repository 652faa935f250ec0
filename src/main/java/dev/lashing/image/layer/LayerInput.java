package dev.lashing.image.layer;

import dev.lashing.image.oci.ReadThroughInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;

/**
 * The uncompressed tar stream of one layer as the walker reads it: counts bytes, enforces the layer
 * and header limits, reports progress, stops when the thread is interrupted, and remembers a failure
 * of the stream beneath (so that it is not mistaken for corrupt tar). Skipping reads through, so that
 * a verifying stream beneath sees every byte.
 */
final class LayerInput extends ReadThroughInputStream {
    private static final long REPORT_EVERY = 1 << 20;
    /** Room for a previous entry's padding, the header records around the extended one and block padding. */
    private static final long HEADER_SLACK = 64 << 10;

    private final int index;
    private final long maxBytes;
    private final long maxHeaderBytes;
    private final WalkListener listener;
    private long count;
    private long reported;
    private long headerStart = -1;
    private boolean padAtEnd;
    private long synthetic;
    private IOException sourceFailure;

    LayerInput(InputStream in, int index, long maxBytes, long maxHeaderBytes, WalkListener listener) {
        super(in);
        this.index = index;
        this.maxBytes = maxBytes;
        this.maxHeaderBytes = maxHeaderBytes;
        this.listener = listener;
    }

    /** The limit on uncompressed bytes was passed. */
    static final class LayerTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        LayerTooLarge(long max) {
            super("more than " + max + " bytes of uncompressed tar");
        }
    }

    /** Headers before one entry passed the limit. */
    static final class HeaderTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        HeaderTooLarge(long max) {
            super("extended (PAX or GNU) tar headers larger than " + max + " bytes");
        }
    }

    /** The thread was interrupted. */
    static final class Cancelled extends InterruptedIOException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("walk cancelled");
        }
    }

    /** From now on, until {@link #endHeader}, bytes count against the header limit. */
    void startHeader() {
        headerStart = count;
    }

    /** The headers of the current entry were read. */
    void endHeader() {
        headerStart = -1;
        padAtEnd = false;
    }

    /**
     * The previous entry's content was read in full: should the stream end before the 512-byte
     * record padding that follows, supply the padding as zeros, so that the tar simply ends there.
     * umoci writes such layers (opencontainers/umoci#436) and runtimes accept them.
     */
    void allowMissingPadding() {
        padAtEnd = true;
    }

    /** Bytes read so far (without supplied padding). */
    long count() {
        return count - synthetic;
    }

    /** The exception the stream beneath threw, if it did. */
    IOException sourceFailure() {
        return sourceFailure;
    }

    /** Reports the bytes not yet reported to the listener. */
    void flushProgress() {
        if (count() > reported) {
            listener.bytesRead(index, count() - reported);
            reported = count();
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new Cancelled();
        }
        if (len == 0) {
            return 0;
        }
        long allowed = maxBytes - count + 1;
        if (headerStart >= 0) {
            allowed = Math.min(allowed, headerStart + maxHeaderBytes + HEADER_SLACK - count + 1);
        }
        int n;
        try {
            n = in.read(b, off, (int) Math.min(len, Math.max(1, allowed)));
        } catch (IOException e) {
            if (!(e instanceof LayerTooLarge || e instanceof HeaderTooLarge || e instanceof Cancelled)) {
                sourceFailure = e;
            }
            throw e;
        }
        if (n < 0 && padAtEnd && count % 512 != 0) {
            n = (int) Math.min(len, 512 - count % 512);
            Arrays.fill(b, off, off + n, (byte) 0);
            synthetic += n;
            count += n;
            return n;
        }
        if (n > 0) {
            count += n;
            if (count > maxBytes) {
                throw new LayerTooLarge(maxBytes);
            }
            if (headerStart >= 0 && count - headerStart > maxHeaderBytes + HEADER_SLACK) {
                throw new HeaderTooLarge(maxHeaderBytes);
            }
            if (count() - reported >= REPORT_EVERY) {
                flushProgress();
            }
        }
        return n;
    }

    /** Reads to the end of the stream, so that a verifying stream beneath checks its digest. */
    void drain() throws IOException {
        skip(Long.MAX_VALUE);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {}

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }
}
