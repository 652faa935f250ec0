package dev.lashing.image.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.image.archive.ImageException;
import dev.lashing.image.archive.LayerBlob;
import dev.lashing.image.oci.Digest;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile sizes: huge extended headers, endless streams, cancellation. */
@Timeout(60)
class LayerWalkerLimitsTest {
    private static final long HUNDRED_MB = 100_000_000L;

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static GeneratedLayer hugeExtendedHeader(byte type) {
        TarArchiveEntry h = new TarArchiveEntry("././@LongLink", type);
        h.setSize(HUNDRED_MB);
        byte[] record = type == TarConstants.LF_PAX_EXTENDED_HEADER_LC
                ? (HUNDRED_MB + " path=").getBytes(StandardCharsets.US_ASCII)
                : new byte[0];
        return new GeneratedLayer(0, h, record, 512 + HUNDRED_MB + 1024, (byte) 'a');
    }

    @Test
    void hugePaxHeaderFailsWithoutABigAllocation() {
        GeneratedLayer layer = hugeExtendedHeader(TarConstants.LF_PAX_EXTENDED_HEADER_LC);
        long before = allocatedByThisThread();
        assertThatThrownBy(() -> new LayerWalker(WalkLimits.defaults(), 1).walk(List.of(layer), List.of(),
                WalkListener.NONE)).isInstanceOf(ImageException.class)
                .hasMessageStartingWith("layer 1 (sha256:")
                .hasMessageContaining("larger than 1048576 bytes");
        assertThat(allocatedByThisThread() - before).isLessThan(40L << 20);
        assertThat(layer.bytesServed.get()).isLessThan(4L << 20);
    }

    @Test
    void hugeGnuLongNameFailsWithoutABigAllocation() {
        GeneratedLayer layer = hugeExtendedHeader(TarConstants.LF_GNUTYPE_LONGNAME);
        long before = allocatedByThisThread();
        assertThatThrownBy(() -> new LayerWalker(WalkLimits.defaults(), 1).walk(List.of(layer), List.of(),
                WalkListener.NONE)).isInstanceOf(ImageException.class)
                .hasMessageContaining("larger than 1048576 bytes");
        assertThat(allocatedByThisThread() - before).isLessThan(40L << 20);
    }

    @Test
    void hugeFileNobodyWantsIsSkippedWithoutBuffering() throws Exception {
        TarArchiveEntry h = new TarArchiveEntry("blob.bin");
        h.setSize(HUNDRED_MB);
        GeneratedLayer layer = new GeneratedLayer(0, h, new byte[0], 512 + HUNDRED_MB + 1024, (byte) 0);
        long before = allocatedByThisThread();
        WalkResult r = new LayerWalker(WalkLimits.defaults(), 1).walk(List.of(layer), List.of(new CountingAnalyzer(
                e -> e.path().equals("etc/passwd"), 1 << 20)), WalkListener.NONE);
        assertThat(allocatedByThisThread() - before).isLessThan(20L << 20);
        assertThat(r.layers().get(0).fileBytes()).isEqualTo(HUNDRED_MB);
    }

    @Test
    void sparseFileHolesAreNotExpanded() throws Exception {
        long realSize = 1_500_000_000L;
        byte[] content = new byte[512 + 4];
        byte[] map = ("2\n0\n4\n" + realSize + "\n0\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(map, 0, content, 0, map.length);
        System.arraycopy("data".getBytes(StandardCharsets.US_ASCII), 0, content, 512, 4);
        String pax = paxRecord("GNU.sparse.major", "1") + paxRecord("GNU.sparse.minor", "0")
                + paxRecord("GNU.sparse.name", "holes") + paxRecord("GNU.sparse.realsize", Long.toString(realSize));
        byte[] tar = new TarBuilder()
                .entry(new TarArchiveEntry("PaxHeaders/holes", TarConstants.LF_PAX_EXTENDED_HEADER_LC),
                        pax.getBytes(StandardCharsets.US_ASCII), e -> e.setSize(pax.length()))
                .file("GNUSparseFile.0/holes", content, e -> {})
                .build();
        CountingAnalyzer head = new CountingAnalyzer(LayerEntry::isRegular, 6);
        long before = allocatedByThisThread();
        WalkResult r = new LayerWalker(WalkLimits.defaults(), 1).walk(LayerWalkerTest.layers(tar), List.of(head),
                WalkListener.NONE);
        assertThat(allocatedByThisThread() - before).isLessThan(20L << 20);
        assertThat(r.fileSystem().live("holes")).hasValueSatisfying(e -> assertThat(e.size()).isEqualTo(realSize));
        assertThat(head.content).containsEntry("0:holes", "data\0\0");
        assertThat(head.truncated).containsEntry("0:holes", true);
        assertThat(r.layers().get(0).uncompressedBytes()).isEqualTo(tar.length);
    }

    /** A PAX record: its length in decimal counts itself. */
    private static String paxRecord(String key, String value) {
        String body = " " + key + "=" + value + "\n";
        int len = body.length() + 1;
        while (Integer.toString(len).length() + body.length() != len) {
            len++;
        }
        return len + body;
    }

    private static GeneratedLayer endless(int index) {
        TarArchiveEntry h = new TarArchiveEntry("endless");
        h.setSize(077777777777L);
        return new GeneratedLayer(index, h, new byte[0], Long.MAX_VALUE, (byte) 0);
    }

    @Test
    void aFailingLayerCancelsTheOthers() throws Exception {
        GeneratedLayer slow = endless(0);
        byte[] whole = new TarBuilder().file("x", new byte[4000], e -> {}).build();
        BytesLayer cut = new BytesLayer(1, Arrays.copyOf(whole, 1000));
        LayerBlob broken = new LayerBlob() { // fails only once the slow layer is being read
            @Override
            public int index() {
                return 1;
            }

            @Override
            public Optional<Digest> blobDigest() {
                return cut.blobDigest();
            }

            @Override
            public Digest diffId() {
                return cut.diffId();
            }

            @Override
            public long storedSize() {
                return cut.storedSize();
            }

            @Override
            public String compression() {
                return cut.compression();
            }

            @Override
            public InputStream openTar() throws IOException {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (slow.bytesServed.get() == 0 && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                return cut.openTar();
            }
        };
        assertThatThrownBy(() -> new LayerWalker(WalkLimits.defaults(), 2).walk(List.of(slow, broken), List.of(),
                WalkListener.NONE)).isInstanceOf(ImageException.class).hasMessageStartingWith("layer 2 (");
        assertThat(slow.closed).isTrue();
        long served = slow.bytesServed.get();
        Thread.sleep(100);
        assertThat(slow.bytesServed.get()).isEqualTo(served);
    }

    @Test
    void interruptingTheCallerCancelsTheWalk() throws Exception {
        GeneratedLayer a = endless(0);
        GeneratedLayer b = endless(1);
        WalkInThread walk = new WalkInThread(new LayerWalker(WalkLimits.defaults(), 2), List.of(a, b));
        while (a.bytesServed.get() == 0 || b.bytesServed.get() == 0) {
            Thread.sleep(5);
        }
        walk.thread.interrupt();
        Throwable t = walk.outcome(20);
        assertThat(t).isInstanceOf(InterruptedException.class);
        assertThat(a.closed).isTrue();
        assertThat(b.closed).isTrue();
    }

    @Test
    void interruptingASequentialWalkStopsIt() throws Exception {
        GeneratedLayer a = endless(0);
        WalkInThread walk = new WalkInThread(new LayerWalker(WalkLimits.defaults(), 1), List.of(a));
        while (a.bytesServed.get() == 0) {
            Thread.sleep(5);
        }
        walk.thread.interrupt();
        assertThat(walk.outcome(20)).isInstanceOf(InterruptedException.class);
    }

    /** Walks on a thread of its own, to be interrupted. */
    private static final class WalkInThread {
        final Thread thread;
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        WalkInThread(LayerWalker walker, List<? extends LayerBlob> layers) {
            thread = new Thread(() -> {
                try {
                    walker.walk(layers, List.of(), WalkListener.NONE);
                } catch (Exception e) {
                    failure.set(e);
                }
            });
            thread.start();
        }

        Throwable outcome(int seconds) throws InterruptedException {
            thread.join(TimeUnit.SECONDS.toMillis(seconds));
            assertThat(thread.isAlive()).as("walk still running").isFalse();
            return failure.get();
        }
    }

    @Test
    void endlessLayerStopsAtTheByteLimit() {
        GeneratedLayer a = endless(0);
        assertThatThrownBy(() -> new LayerWalker(WalkLimits.defaults().withMaxLayerBytes(3_000_000), 1)
                .walk(List.of(a), List.of(), WalkListener.NONE))
                .isInstanceOf(ImageException.class).hasMessageContaining("more than 3000000 bytes");
    }

}
