package dev.lashing.image.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ReadAheadInputStreamTest {

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void deliversEveryByteInOrderWhateverTheChunkAndReadSizes() throws IOException {
        for (int[] shape : new int[][] {{1, 1}, {7, 2}, {4096, 3}, {65536, 8}}) {
            byte[] data = random(shape[0] == 1 ? 5_000 : 300_000 + shape[0], shape[0]);
            try (ReadAheadInputStream in = new ReadAheadInputStream(new ByteArrayInputStream(data), shape[0], shape[1],
                    "test")) {
                assertThat(in.readAllBytes()).isEqualTo(data);
                assertThat(in.read()).isEqualTo(-1);
                assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
            }
        }
    }

    @Test
    void mixedReadSizesSeeTheSameBytes() throws IOException {
        byte[] data = random(1_000_003, 42);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Random r = new Random(7);
        try (ReadAheadInputStream in = new ReadAheadInputStream(new ByteArrayInputStream(data), 4096, 4, "test")) {
            byte[] buf = new byte[20_000];
            while (true) {
                if (r.nextInt(8) == 0) {
                    int b = in.read();
                    if (b < 0) {
                        break;
                    }
                    out.write(b);
                    continue;
                }
                int off = r.nextInt(100);
                int n = in.read(buf, off, 1 + r.nextInt(15_000));
                if (n < 0) {
                    break;
                }
                assertThat(n).isPositive();
                out.write(buf, off, n);
            }
        }
        assertThat(out.toByteArray()).isEqualTo(data);
    }

    @Test
    void aFailureComesAfterTheBytesReadBeforeIt() {
        byte[] data = random(10_000, 1);
        IOException boom = new IOException("disk on fire");
        InputStream failing = new InputStream() {
            private int pos;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (pos == data.length) {
                    throw boom;
                }
                int n = Math.min(len, Math.min(333, data.length - pos));
                System.arraycopy(data, pos, b, off, n);
                pos += n;
                return n;
            }
        };
        ReadAheadInputStream in = new ReadAheadInputStream(failing, 1000, 2, "test");
        byte[] got = new byte[data.length];
        int total = 0;
        IOException thrown = null;
        try {
            while (total < got.length) {
                int n = in.read(got, total, got.length - total);
                total += n;
            }
            in.read();
        } catch (IOException e) {
            thrown = e;
        }
        assertThat(total).isEqualTo(data.length);
        assertThat(got).isEqualTo(data);
        assertThat(thrown).isSameAs(boom);
        assertThatThrownBy(in::read).isSameAs(boom); // and again on the next read
        in.close();
    }

    @Test
    void runtimeExceptionsOfTheSourceAreRethrownAsThemselves() {
        IllegalStateException bad = new IllegalStateException("bad header");
        InputStream failing = new InputStream() {
            @Override
            public int read() {
                throw bad;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                throw bad;
            }
        };
        try (ReadAheadInputStream in = new ReadAheadInputStream(failing, 16, 2, "test")) {
            assertThatThrownBy(in::read).isSameAs(bad);
        }
    }

    @Test
    void closingEarlyStopsTheReaderAndClosesTheSource() throws Exception {
        AtomicBoolean closed = new AtomicBoolean();
        AtomicReference<Thread> readerThread = new AtomicReference<>();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                readerThread.set(Thread.currentThread());
                return len; // zeros for ever
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };
        ReadAheadInputStream in = new ReadAheadInputStream(endless, 1024, 4, "test");
        assertThat(in.readNBytes(10_000)).hasSize(10_000);
        in.close();
        assertThat(closed).isTrue();
        assertThat(readerThread.get().isAlive()).isFalse();
        assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasMessageContaining("closed");
    }

    @Test
    void closingStopsAReaderBlockedInASlowSource() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        AtomicReference<Thread> readerThread = new AtomicReference<>();
        InputStream stuck = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                readerThread.set(Thread.currentThread());
                reading.countDown();
                try {
                    Thread.sleep(TimeUnit.MINUTES.toMillis(5));
                } catch (InterruptedException e) {
                    throw new InterruptedIOException("interrupted");
                }
                return -1;
            }
        };
        ReadAheadInputStream in = new ReadAheadInputStream(stuck, 1024, 4, "test");
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        in.close();
        assertThat(readerThread.get().isAlive()).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(10);
    }

    @Test
    void anInterruptedReaderGetsInterruptedIoExceptionAndKeepsTheFlag() throws Exception {
        InputStream never = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    Thread.sleep(TimeUnit.MINUTES.toMillis(5));
                } catch (InterruptedException e) {
                    throw new InterruptedIOException("interrupted");
                }
                return -1;
            }
        };
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean flag = new AtomicBoolean();
        ReadAheadInputStream in = new ReadAheadInputStream(never, 1024, 4, "test");
        Thread consumer = new Thread(() -> {
            try {
                in.read();
            } catch (IOException e) {
                thrown.set(e);
                flag.set(Thread.currentThread().isInterrupted());
            }
        });
        consumer.start();
        Thread.sleep(100);
        consumer.interrupt();
        consumer.join(10_000);
        assertThat(thrown.get()).isInstanceOf(InterruptedIOException.class);
        assertThat(flag).isTrue();
        in.close();
    }

    @Test
    void rejectsSillySizes() {
        InputStream empty = new ByteArrayInputStream(new byte[0]);
        assertThatThrownBy(() -> new ReadAheadInputStream(empty, 0, 1, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadAheadInputStream(empty, 1, 0, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
