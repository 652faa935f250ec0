package dev.lashing.image.layer;

import dev.lashing.image.archive.LayerBlob;
import dev.lashing.image.oci.Digest;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

/**
 * A layer whose tar is one header followed by {@code fill} bytes of generated content (a declared
 * size and an actual length that may be huge or endless) without holding it in memory.
 */
final class GeneratedLayer implements LayerBlob {
    private final int index;
    private final byte[] prefix;
    private final long length;
    private final byte fill;
    final AtomicLong bytesServed = new AtomicLong();
    final AtomicBoolean closed = new AtomicBoolean();

    /** {@code header} then {@code body}, then {@code fill} bytes up to {@code length} in all ({@code Long.MAX_VALUE}: endless). */
    GeneratedLayer(int index, TarArchiveEntry header, byte[] body, long length, byte fill) {
        this.index = index;
        byte[] h = new byte[512];
        header.writeEntryHeader(h);
        this.prefix = new byte[512 + body.length];
        System.arraycopy(h, 0, prefix, 0, 512);
        System.arraycopy(body, 0, prefix, 512, body.length);
        this.length = length;
        this.fill = fill;
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public Optional<Digest> blobDigest() {
        return Optional.empty();
    }

    @Override
    public Digest diffId() {
        return Digest.of("sha256", prefix);
    }

    @Override
    public long storedSize() {
        return length;
    }

    @Override
    public String compression() {
        return "none";
    }

    @Override
    public InputStream openTar() {
        return new InputStream() {
            private long pos;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= length) {
                    return -1;
                }
                int n = (int) Math.min(len, length - pos);
                for (int i = 0; i < n; i++) {
                    long p = pos + i;
                    b[off + i] = p < prefix.length ? prefix[(int) p] : fill;
                }
                pos += n;
                bytesServed.addAndGet(n);
                return n;
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };
    }
}
