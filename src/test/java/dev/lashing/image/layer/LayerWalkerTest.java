package dev.lashing.image.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.image.archive.ImageException;
import dev.lashing.image.layer.ImageFileSystem.How;
import dev.lashing.image.layer.LayerEntry.EntryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;

class LayerWalkerTest {

    static List<BytesLayer> layers(byte[]... tars) {
        List<BytesLayer> list = new ArrayList<>();
        for (int i = 0; i < tars.length; i++) {
            list.add(new BytesLayer(i, tars[i]));
        }
        return list;
    }

    static WalkResult walk(byte[]... tars) throws Exception {
        return new LayerWalker(WalkLimits.defaults(), 4).walk(layers(tars), List.of(), WalkListener.NONE);
    }

    private static List<String> reasons(WalkResult r) {
        return r.problems().stream().map(p -> p.layer() + " " + p.name() + ": " + p.reason()).toList();
    }

    @Test
    void whiteoutsAndOpaqueDirectoriesReachTheMergedView() throws Exception {
        byte[] base = new TarBuilder().dir("app").file("app/secret.pem", "key").file("app/keep", "k")
                .dir("etc").file("etc/a", "a").file("etc/b", "b").build();
        byte[] top = new TarBuilder().dir("app").file("app/.wh.secret.pem", "")
                .dir("etc").file("etc/.wh..wh..opq", "").file("etc/c", "c").build();
        WalkResult r = walk(base, top);
        ImageFileSystem fs = r.fileSystem();
        assertThat(fs.live("app/secret.pem")).isEmpty();
        assertThat(fs.live("app/keep")).isPresent();
        assertThat(fs.liveUnder("etc")).extracting(LayerEntry::path).containsExactly("etc/c");
        assertThat(fs.removed()).extracting(x -> x.entry().path() + " " + x.how() + " " + x.removedByLayer())
                .containsExactlyInAnyOrder("app/secret.pem WHITEOUT 1", "etc/a OPAQUE 1", "etc/b OPAQUE 1");
        assertThat(fs.versions("app/secret.pem")).extracting(LayerEntry::type)
                .containsExactly(EntryType.FILE, EntryType.WHITEOUT);
        assertThat(fs.versions("etc")).extracting(LayerEntry::type)
                .containsExactly(EntryType.DIRECTORY, EntryType.DIRECTORY, EntryType.OPAQUE);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void whiteoutBeforeTheSameLayersFileDoesNotDeleteIt() throws Exception {
        byte[] base = new TarBuilder().file("f", "old").build();
        byte[] top = new TarBuilder().file(".wh.f", "").file("f", "new").build();
        ImageFileSystem fs = walk(base, top).fileSystem();
        assertThat(fs.live("f")).hasValueSatisfying(e -> assertThat(e.layer()).isEqualTo(1));
        assertThat(fs.removed()).singleElement().satisfies(x -> assertThat(x.entry().layer()).isZero());
    }

    @Test
    void fileAddedThenDeletedIsListedAsRemoved() throws Exception {
        WalkResult r = walk(new TarBuilder().file("tmp.key", "secret").build(),
                new TarBuilder().file(".wh.tmp.key", "").build());
        assertThat(r.fileSystem().live("tmp.key")).isEmpty();
        assertThat(r.fileSystem().removed()).singleElement().satisfies(x -> {
            assertThat(x.entry().path()).isEqualTo("tmp.key");
            assertThat(x.how()).isEqualTo(How.WHITEOUT);
            assertThat(x.entry().size()).isEqualTo(6);
        });
    }

    @Test
    void hardLinksToEarlierOrLowerFilesAreKept() throws Exception {
        WalkResult r = walk(new TarBuilder().file("bin/a", "x").build(),
                new TarBuilder().file("bin/b", "y").hardlink("bin/c", "bin/b").hardlink("/bin/d", "/bin/a").build());
        assertThat(r.problems()).isEmpty();
        assertThat(r.fileSystem().live("bin/c")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntryType.HARDLINK);
            assertThat(e.linkTarget()).isEqualTo("bin/b");
        });
        assertThat(r.fileSystem().live("bin/d")).hasValueSatisfying(e -> assertThat(e.linkTarget()).isEqualTo("bin/a"));
    }

    @Test
    void danglingAndEscapingHardLinksAreProblems() throws Exception {
        WalkResult r = walk(new TarBuilder().dir("d").build(), new TarBuilder()
                .hardlink("early", "late").file("late", "z")
                .hardlink("out", "../../etc/shadow")
                .hardlink("todir", "d")
                .hardlink("nothing", "no/such").build());
        assertThat(reasons(r)).containsExactly(
                "1 out: hard link target ../../etc/shadow refused: entry name climbs out of the image root",
                "1 early: hard link to /late, which no earlier entry or lower layer holds",
                "1 todir: hard link to /d, which is not a regular file",
                "1 nothing: hard link to /no/such, which no earlier entry or lower layer holds");
        assertThat(r.fileSystem().live("out")).isEmpty();
    }

    @Test
    void hardLinkToAFileALowerLayerDeletedIsAProblem() throws Exception {
        WalkResult r = walk(new TarBuilder().file("a", "x").build(), new TarBuilder().file(".wh.a", "").build(),
                new TarBuilder().hardlink("b", "a").build());
        assertThat(reasons(r)).containsExactly("2 b: hard link to /a, which no earlier entry or lower layer holds");
    }

    @Test
    void symlinksOutsideTheRootAreRecordedAsWritten() throws Exception {
        WalkResult r = walk(new TarBuilder().symlink("etc/evil", "../../../../etc/shadow")
                .symlink("abs", "/etc/passwd").build());
        assertThat(r.problems()).isEmpty();
        assertThat(r.fileSystem().live("etc/evil")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntryType.SYMLINK);
            assertThat(e.linkTarget()).isEqualTo("../../../../etc/shadow");
        });
        assertThat(r.fileSystem().live("abs").orElseThrow().linkTarget()).isEqualTo("/etc/passwd");
    }

    @Test
    void climbingNamesAreRefusedAndAbsoluteNamesMadeRelative() throws Exception {
        byte[] tar = new TarBuilder()
                .file("../../etc/passwd", "root::0:0")
                .entry(new TarArchiveEntry("/etc/hosts", true), new byte[0], e -> e.setSize(0))
                .file("a/../b", "ok")
                .build();
        WalkResult r = walk(tar);
        assertThat(reasons(r)).containsExactly("0 ../../etc/passwd: entry name climbs out of the image root");
        assertThat(r.fileSystem().liveEntries()).extracting(LayerEntry::path).containsExactly("b", "etc/hosts");
        assertThat(r.layers().get(0).entries()).isEqualTo(3);
    }

    @Test
    void nulInANameIsRefused() throws Exception {
        String name = "x".repeat(120) + "\0/evil";
        WalkResult r = walk(new TarBuilder().file(name, "n").file("fine", "f").build());
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).contains("NUL");
            assertThat(p.name()).doesNotContain("\0");
        });
        assertThat(r.fileSystem().liveEntries()).extracting(LayerEntry::path).containsExactly("fine");
    }

    @Test
    void absurdlyDeepPathIsRefused() throws Exception {
        String deep = "d/".repeat(5000) + "f";
        WalkResult r = walk(new TarBuilder().file(deep, "deep").file("ok", "o").build());
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("longer than"));
        String deepShort = "d/".repeat(300) + "f";
        WalkResult r2 = walk(new TarBuilder().file(deepShort, "deep").build());
        assertThat(r2.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("deeper than"));
        assertThat(r2.fileSystem().liveEntries()).isEmpty();
    }

    @Test
    void duplicatesAreKeptInOrderAndTheLastWins() throws Exception {
        WalkResult r = walk(new TarBuilder().file("f", "one").file("g", "g").file("f", "three!").file("./f", "two")
                .build());
        assertThat(r.duplicates(0)).isEqualTo(2);
        assertThat(r.fileSystem().live("f").orElseThrow().size()).isEqualTo(3);
        assertThat(r.fileSystem().versions("f")).extracting(LayerEntry::size).containsExactly(3L, 6L, 3L);
        assertThat(r.fileSystem().removed()).hasSize(2);
    }

    @Test
    void devicesAndFifosAreEntries() throws Exception {
        WalkResult r = walk(new TarBuilder().special("dev/null", TarConstants.LF_CHR, 1, 3)
                .special("dev/sda", TarConstants.LF_BLK, 8, 0).special("run/pipe", TarConstants.LF_FIFO, 0, 0).build());
        assertThat(r.fileSystem().liveEntries()).extracting(e -> e.path() + " " + e.type()).containsExactly(
                "dev/null CHAR_DEVICE", "dev/sda BLOCK_DEVICE", "run/pipe FIFO");
    }

    @Test
    void rootEntryOfEitherSpellingIsTheRootDirectory() throws Exception {
        byte[] umoci = new TarBuilder().entry(new TarArchiveEntry("/", true), null, e -> e.setMode(040755))
                .file("a", "a").build();
        byte[] docker = new TarBuilder().dir("./").file("./b", "b").build();
        WalkResult r = walk(umoci, docker);
        assertThat(r.problems()).isEmpty();
        assertThat(r.fileSystem().versions("")).extracting(e -> e.type() + " " + e.uid())
                .containsExactly("DIRECTORY 0", "DIRECTORY 0");
        assertThat(r.fileSystem().liveEntries()).extracting(LayerEntry::path).containsExactly("a", "b");
        assertThat(r.duplicates(0)).isZero();
    }

    @Test
    void modeBitsOwnersAndTimesArePreserved() throws Exception {
        byte[] tar = new TarBuilder()
                .file("usr/bin/passwd", "p".getBytes(StandardCharsets.UTF_8), e -> {
                    e.setMode(0104755);
                    e.setUserId(0);
                    e.setGroupId(0);
                    e.setModTime(1_700_000_000_000L);
                })
                .file("usr/bin/wall", new byte[0], e -> {
                    e.setMode(0102755);
                    e.setGroupId(5);
                })
                .file("big-ids", new byte[0], e -> {
                    e.setUserId(3_000_000_000L);
                    e.setGroupId(4_000_000_000L);
                })
                .entry(new TarArchiveEntry("tmp/"), null, e -> e.setMode(041777))
                .build();
        ImageFileSystem fs = walk(tar).fileSystem();
        LayerEntry passwd = fs.live("usr/bin/passwd").orElseThrow();
        assertThat(passwd.mode()).isEqualTo(04755);
        assertThat(passwd.setuid()).isTrue();
        assertThat(passwd.mtimeEpochSeconds()).isEqualTo(1_700_000_000L);
        assertThat(passwd.size()).isEqualTo(1);
        assertThat(fs.live("usr/bin/wall").orElseThrow()).satisfies(e -> {
            assertThat(e.setgid()).isTrue();
            assertThat(e.gid()).isEqualTo(5);
        });
        assertThat(fs.live("big-ids").orElseThrow()).satisfies(e -> {
            assertThat(e.uid()).isEqualTo(3_000_000_000L);
            assertThat(e.gid()).isEqualTo(4_000_000_000L);
        });
        assertThat(fs.live("tmp").orElseThrow().mode()).isEqualTo(01777);
    }

    @Test
    void statsCountEntriesFilesAndBytes() throws Exception {
        byte[] tar = new TarBuilder().dir("d").file("d/a", "12345").file("d/b", "123").symlink("l", "d").build();
        WalkResult r = walk(tar);
        LayerStats s = r.layers().get(0);
        assertThat(s.index()).isZero();
        assertThat(s.entries()).isEqualTo(4);
        assertThat(s.regularFiles()).isEqualTo(2);
        assertThat(s.fileBytes()).isEqualTo(8);
        assertThat(s.uncompressedBytes()).isEqualTo(tar.length);
        assertThat(r.totalEntries()).isEqualTo(4);
    }

    @Test
    void emptyAndZeroBlockLayersHaveNoEntries() throws Exception {
        WalkResult r = walk(new byte[0], new byte[1024], new byte[10240], new TarBuilder().build());
        assertThat(r.fileSystem().liveEntries()).isEmpty();
        assertThat(r.layers()).extracting(LayerStats::entries).containsOnly(0L);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void truncatedTarNamesTheLayer() throws Exception {
        byte[] good = new TarBuilder().file("a", "a").build();
        byte[] whole = new TarBuilder().file("big", new byte[5000], e -> {}).build();
        byte[] cut = Arrays.copyOf(whole, 512 + 2000);
        assertThatThrownBy(() -> walk(good, cut)).isInstanceOf(ImageException.class)
                .hasMessageStartingWith("layer 2 (sha256:")
                .hasMessageContaining("truncated or corrupt tar");
    }

    @Test
    void umociLayersWithoutPaddingOrEndMarkerAreRead() throws Exception {
        byte[] whole = new TarBuilder().file("app/secret.pem", new byte[2827], e -> {}).build();
        byte[] noPadding = Arrays.copyOf(whole, 512 + 2827);
        byte[] partPadding = Arrays.copyOf(whole, 512 + 2827 + 100);
        byte[] headerOnly = Arrays.copyOf(new TarBuilder().file("app/.wh.secret.pem", "").build(), 512);
        WalkResult r = walk(noPadding, partPadding, headerOnly);
        assertThat(r.problems()).isEmpty();
        assertThat(r.layers()).extracting(LayerStats::uncompressedBytes)
                .containsExactly(512L + 2827, 512L + 2827 + 100, 512L);
        assertThat(r.fileSystem().live("app/secret.pem")).isEmpty();
        assertThat(r.fileSystem().removed()).hasSize(2);
    }

    @Test
    void contentMissingAfterAHeaderIsCorruptTar() {
        byte[] cut = Arrays.copyOf(new TarBuilder().file("a", "abc").build(), 512);
        assertThatThrownBy(() -> walk(cut)).isInstanceOf(ImageException.class)
                .hasMessageContaining("truncated or corrupt tar");
    }

    @Test
    void garbageAfterAValidHeaderIsCorruptTar() throws Exception {
        byte[] tar = new TarBuilder().file("a", "a").build();
        byte[] bad = Arrays.copyOf(tar, tar.length);
        Arrays.fill(bad, 1024, 1536, (byte) 'Z');
        assertThatThrownBy(() -> walk(bad)).isInstanceOf(ImageException.class)
                .hasMessageStartingWith("layer 1 (sha256:").hasMessageContaining("truncated or corrupt tar");
    }

    @Test
    void digestMismatchNamesTheDigest() {
        byte[] tar = new TarBuilder().file("a", "a").build();
        byte[] other = new TarBuilder().file("b", "b").build();
        BytesLayer lying = new BytesLayer(0, tar, dev.lashing.image.oci.Digest.of("sha256", other));
        assertThatThrownBy(() -> new LayerWalker(WalkLimits.defaults(), 1).walk(List.of(lying), List.of(),
                WalkListener.NONE)).isInstanceOf(ImageException.class)
                .hasMessageContaining("digest mismatch")
                .hasMessageContaining(dev.lashing.image.oci.Digest.of("sha256", tar).toString());
    }

    @Test
    void tooManyEntriesInTheImageFails() {
        byte[] a = new TarBuilder().file("1", "").file("2", "").file("3", "").build();
        byte[] b = new TarBuilder().file("4", "").file("5", "").build();
        LayerWalker walker = new LayerWalker(WalkLimits.defaults().withMaxEntries(4), 2);
        assertThatThrownBy(() -> walker.walk(layers(a, b), List.of(), WalkListener.NONE))
                .isInstanceOf(ImageException.class).hasMessageContaining("more than 4 tar entries");
    }

    @Test
    void tooManyUncompressedBytesInALayerFails() {
        byte[] a = new TarBuilder().file("big", new byte[100_000], e -> {}).build();
        LayerWalker walker = new LayerWalker(WalkLimits.defaults().withMaxLayerBytes(50_000), 1);
        assertThatThrownBy(() -> walker.walk(layers(a), List.of(), WalkListener.NONE))
                .isInstanceOf(ImageException.class).hasMessageStartingWith("layer 1 (")
                .hasMessageContaining("more than 50000 bytes");
    }

    @Test
    void longNamesWithinTheHeaderLimitAreRead() throws Exception {
        String name = "n/".repeat(200) + "file";
        WalkResult r = walk(new TarBuilder().file(name, "x").build());
        assertThat(r.fileSystem().live(name)).isPresent();
    }

    @Test
    void problemsPerLayerAreCapped() throws Exception {
        TarBuilder b = new TarBuilder();
        for (int i = 0; i < 30; i++) {
            b.file("../x" + i, "");
        }
        WalkLimits limits = new WalkLimits(100, 1 << 20, 1 << 20, 1024, 10);
        WalkResult r = new LayerWalker(limits, 1).walk(layers(b.build()), List.of(), WalkListener.NONE);
        assertThat(r.problems()).hasSize(11);
        assertThat(r.problems().get(10).reason()).isEqualTo("20 more problems in this layer not listed");
    }
}
