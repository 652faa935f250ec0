package dev.lashing.image.layer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** How the walker feeds analyzers and listeners. */
@Timeout(60)
class LayerWalkerAnalyzerTest {

    private static WalkResult walk(List<? extends Analyzer> analyzers, WalkListener listener, byte[]... tars)
            throws Exception {
        return new LayerWalker(WalkLimits.defaults(), 4).walk(LayerWalkerTest.layers(tars), analyzers, listener);
    }

    @Test
    void onlyWantedEntriesAreAcceptedAndEveryEntryIsAsked() throws Exception {
        CountingAnalyzer passwd = new CountingAnalyzer(e -> e.path().equals("etc/passwd"), 1024);
        byte[] tar = new TarBuilder().dir("etc").file("etc/passwd", "root:x:0:0").file("etc/group", "root:x:0:")
                .file(".wh.gone", "").build();
        WalkResult r = walk(List.of(passwd), WalkListener.NONE, tar);
        assertThat(passwd.wantsCalls).hasValue(4);
        assertThat(passwd.accepted).extracting(LayerEntry::path).containsExactly("etc/passwd");
        assertThat(passwd.content).containsExactly(Map.entry("0:etc/passwd", "root:x:0:0"));
        assertThat(passwd.truncated).containsEntry("0:etc/passwd", false);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void contentIsCutToEachAnalyzersMaximum() throws Exception {
        CountingAnalyzer small = new CountingAnalyzer(LayerEntry::isRegular, 4);
        CountingAnalyzer large = new CountingAnalyzer(LayerEntry::isRegular, 100);
        CountingAnalyzer none = new CountingAnalyzer(LayerEntry::isRegular, 0);
        CountingAnalyzer dirs = new CountingAnalyzer(e -> e.type() == LayerEntry.EntryType.DIRECTORY, 100);
        byte[] tar = new TarBuilder().dir("d").file("d/f", "hello world").file("d/e", "").build();
        walk(List.of(small, large, none, dirs), WalkListener.NONE, tar);
        assertThat(small.content).containsEntry("0:d/f", "hell").containsEntry("0:d/e", "");
        assertThat(small.truncated).containsEntry("0:d/f", true).containsEntry("0:d/e", false);
        assertThat(large.content).containsEntry("0:d/f", "hello world");
        assertThat(large.truncated).containsEntry("0:d/f", false);
        assertThat(none.content).containsEntry("0:d/f", "");
        assertThat(none.truncated).containsEntry("0:d/f", true).containsEntry("0:d/e", false);
        assertThat(dirs.content).containsExactly(Map.entry("0:d", ""));
        assertThat(dirs.truncated).containsEntry("0:d", false);
    }

    @Test
    void aSoleAnalyzerThatStopsEarlyLeavesTheRestOfTheWalkIntact() throws Exception {
        List<String> heads = new java.util.concurrent.CopyOnWriteArrayList<>();
        Analyzer sniffer = new Analyzer() {
            @Override
            public boolean wants(LayerEntry entry) {
                return entry.isRegular();
            }

            @Override
            public long maxContentBytes() {
                return 1 << 20;
            }

            @Override
            public void accept(LayerEntry entry, InputStream content, boolean truncated) throws java.io.IOException {
                heads.add(entry.path() + "=" + new String(content.readNBytes(3), java.nio.charset.StandardCharsets.UTF_8)
                        + (truncated ? "!" : ""));
                content.close(); // must not close the tar beneath
            }
        };
        byte[] big = new byte[100_000];
        java.util.Arrays.fill(big, (byte) 'x');
        byte[] tar = new TarBuilder().file("a", big, e -> {}).file("b", "bee").file("c", "sea-shell").build();
        WalkResult r = walk(List.of(sniffer), WalkListener.NONE, tar);
        assertThat(heads).containsExactly("a=xxx", "b=bee", "c=sea");
        assertThat(r.fileSystem().live("c")).isPresent();
        assertThat(r.layers().get(0).entries()).isEqualTo(3);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void aTarThatBreaksWhileAnAnalyzerReadsIsTheWalksFailureNotTheAnalyzers() {
        CountingAnalyzer reader = new CountingAnalyzer(LayerEntry::isRegular, 1 << 20);
        byte[] whole = new TarBuilder().file("big", new byte[50_000], e -> {}).build();
        byte[] cut = java.util.Arrays.copyOf(whole, 512 + 20_000);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> walk(List.of(reader), WalkListener.NONE, cut))
                .isInstanceOf(dev.lashing.image.archive.ImageException.class)
                .hasMessageContaining("truncated or corrupt tar")
                .hasMessageNotContaining("analyzer");
    }

    @Test
    void bufferingIsCappedByTheWalkLimit() throws Exception {
        CountingAnalyzer greedy = new CountingAnalyzer(LayerEntry::isRegular, Long.MAX_VALUE);
        byte[] tar = new TarBuilder().file("f", "0123456789").build();
        new LayerWalker(WalkLimits.defaults().withMaxContentBytes(3), 1)
                .walk(LayerWalkerTest.layers(tar), List.of(greedy), WalkListener.NONE);
        assertThat(greedy.content).containsEntry("0:f", "012");
        assertThat(greedy.truncated).containsEntry("0:f", true);
    }

    @Test
    void analyzersAreCalledFromParallelLayersAtOnce() throws Exception {
        int layers = 4;
        CountDownLatch allInside = new CountDownLatch(layers);
        AtomicInteger metTheOthers = new AtomicInteger();
        Analyzer meeting = new Analyzer() {
            @Override
            public boolean wants(LayerEntry entry) {
                return true;
            }

            @Override
            public void accept(LayerEntry entry, InputStream content, boolean truncated) {
                allInside.countDown();
                try {
                    if (allInside.await(20, TimeUnit.SECONDS)) {
                        metTheOthers.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        List<byte[]> tars = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            tars.add(new TarBuilder().file("f" + i, "x").build());
        }
        WalkResult r = new LayerWalker(WalkLimits.defaults(), layers)
                .walk(LayerWalkerTest.layers(tars.toArray(byte[][]::new)), List.of(meeting), WalkListener.NONE);
        assertThat(metTheOthers).hasValue(layers);
        assertThat(r.fileSystem().liveEntries()).hasSize(layers);
    }

    @Test
    void aThrowingAnalyzerBecomesAProblemAndTheWalkGoesOn() throws Exception {
        class Exploding implements Analyzer {
            @Override
            public boolean wants(LayerEntry entry) {
                if (entry.path().equals("bad-wants")) {
                    throw new IllegalStateException("wants failed");
                }
                return true;
            }

            @Override
            public void accept(LayerEntry entry, InputStream content, boolean truncated) {
                if (entry.path().equals("a")) {
                    throw new NullPointerException("boom");
                }
            }
        }
        CountingAnalyzer after = new CountingAnalyzer(e -> true, 10);
        byte[] tar = new TarBuilder().file("a", "1").file("bad-wants", "2").file("b", "3").build();
        WalkResult r = walk(List.of(new Exploding(), after), WalkListener.NONE, tar);
        assertThat(r.problems()).extracting(LayerProblem::name).containsExactly("/a", "/bad-wants");
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.reason()).startsWith("internal error in analyzer Exploding"));
        assertThat(after.accepted).extracting(LayerEntry::path).containsExactly("a", "bad-wants", "b");
        assertThat(r.fileSystem().liveEntries()).hasSize(3);
    }

    @Test
    void listenerHearsEveryLayerAndEveryByte() throws Exception {
        Map<Integer, AtomicLong> bytes = new ConcurrentHashMap<>();
        Map<Integer, Long> started = new ConcurrentHashMap<>();
        Map<Integer, Boolean> done = new ConcurrentHashMap<>();
        AtomicInteger byteCalls = new AtomicInteger();
        WalkListener listener = new WalkListener() {
            @Override
            public void layerStarted(int index, long storedSize) {
                started.put(index, storedSize);
            }

            @Override
            public void bytesRead(int index, long delta) {
                byteCalls.incrementAndGet();
                bytes.computeIfAbsent(index, k -> new AtomicLong()).addAndGet(delta);
            }

            @Override
            public void layerDone(int index) {
                assertThat(started).containsKey(index);
                done.put(index, true);
            }
        };
        byte[] big = new TarBuilder().file("big", new byte[3 << 20], e -> {}).build();
        byte[] small = new TarBuilder().file("s", "s").build();
        walk(List.of(), listener, big, small);
        assertThat(started).containsEntry(0, (long) big.length).containsEntry(1, (long) small.length);
        assertThat(bytes.get(0)).hasValue(big.length);
        assertThat(bytes.get(1)).hasValue(small.length);
        assertThat(done).containsOnlyKeys(0, 1);
        assertThat(byteCalls.get()).isBetween(2, 6);
    }
}
