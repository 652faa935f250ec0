package dev.lashing.image.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a stream ahead on a thread of its own, so that producing the bytes (reading the blob,
 * checking its digest, decompressing) and consuming them (hashing the tar, parsing it, analysing
 * files) run on two cores at once. A single gzip layer cannot be inflated in parallel, so this
 * pipeline is what lets a one-layer image use a second core. Memory is bounded: at most
 * {@code chunks} chunks of {@code chunkSize} bytes are in flight, and buffers are recycled.
 *
 * <p>Failures of the stream beneath reach the reader in order: every byte read before the failure
 * is delivered first, then the same exception instance is thrown (an {@link IOException}, or a
 * runtime exception or error as it was). Closing stops the reader thread, which closes the stream
 * beneath. An interrupted reader gets an {@link InterruptedIOException} with its interrupt flag kept.
 *
 * <p>Written here because no library in use offers it: commons-io's {@code ReadAheadInputStream}
 * reads one buffer ahead on an executor and would need a second dependency for the same thing.
 */
final class ReadAheadInputStream extends InputStream {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final Object END = new Object();
    private static final long OFFER_POLL_MILLIS = 50;

    private final BlockingQueue<Object> filled;
    private final BlockingQueue<byte[]> free;
    private final Thread reader;
    private volatile boolean closed;
    private Chunk current;
    private int position;
    private boolean ended;
    private Throwable failure;

    private record Chunk(byte[] data, int length) {}

    private record Failure(Throwable cause) {}

    /** Starts reading {@code in} ahead, in chunks of {@code chunkSize} bytes, at most {@code chunks} queued. */
    ReadAheadInputStream(InputStream in, int chunkSize, int chunks, String name) {
        Objects.requireNonNull(in, "in");
        if (chunkSize < 1 || chunks < 1) {
            throw new IllegalArgumentException("chunkSize and chunks must be positive");
        }
        this.filled = new ArrayBlockingQueue<>(chunks + 1);
        this.free = new ArrayBlockingQueue<>(chunks + 2);
        this.reader = new Thread(() -> produce(in, chunkSize), "lashing-read-ahead-" + THREADS.incrementAndGet()
                + " (" + name + ")");
        reader.setDaemon(true);
        reader.start();
    }

    private void produce(InputStream in, int chunkSize) {
        try (in) {
            while (!closed) {
                byte[] buffer = free.poll();
                if (buffer == null) {
                    buffer = new byte[chunkSize];
                }
                int length = fill(in, buffer);
                if (length > 0 && !put(new Chunk(buffer, length))) {
                    return;
                }
                if (length < buffer.length) {
                    put(END);
                    return;
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            put(new Failure(e));
        }
    }

    /** Reads until {@code buffer} is full or the stream ends; returns the bytes read. */
    private static int fill(InputStream in, byte[] buffer) throws IOException {
        int length = 0;
        while (length < buffer.length) {
            int n = in.read(buffer, length, buffer.length - length);
            if (n < 0) {
                break;
            }
            length += n;
        }
        return length;
    }

    /** Queues {@code item} unless the stream is closed first; false when it was closed. */
    private boolean put(Object item) {
        try {
            while (!closed) {
                if (filled.offer(item, OFFER_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        } catch (InterruptedException e) {
            return false;
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (closed) {
            throw new IOException("stream closed");
        }
        if (len == 0) {
            return 0;
        }
        int total = 0;
        while (total < len) {
            if (current == null || position == current.length()) {
                if (current != null) {
                    free.offer(current.data());
                    current = null;
                }
                if (total > 0 && filled.isEmpty()) {
                    return total; // hand over what is here rather than wait for more
                }
                if (!next()) {
                    return total > 0 ? total : -1;
                }
            }
            int n = Math.min(len - total, current.length() - position);
            System.arraycopy(current.data(), position, b, off + total, n);
            position += n;
            total += n;
        }
        return total;
    }

    /** Takes the next chunk; false at the end. Rethrows the failure of the stream beneath, in order. */
    private boolean next() throws IOException {
        if (failure != null) {
            throw rethrow(failure);
        }
        if (ended) {
            return false;
        }
        Object item;
        try {
            item = filled.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("read interrupted");
        }
        if (item == END) {
            ended = true;
            return false;
        }
        if (item instanceof Failure f) {
            failure = f.cause();
            throw rethrow(failure);
        }
        current = (Chunk) item;
        position = 0;
        return true;
    }

    private static IOException rethrow(Throwable t) {
        if (t instanceof IOException io) {
            return io;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        throw new UncheckedIOException(new IOException(t));
    }

    @Override
    public int available() {
        return current == null ? 0 : current.length() - position;
    }

    /** Stops the reader thread (it closes the stream beneath) and waits briefly for it to go. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        reader.interrupt(); // unblocks a read of a slow source; the reader owns that stream and closes it
        filled.clear();
        free.clear();
        current = null;
        boolean interrupted = Thread.interrupted();
        try {
            reader.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
