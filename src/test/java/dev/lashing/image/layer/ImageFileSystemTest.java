package dev.lashing.image.layer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.image.layer.ImageFileSystem.How;
import dev.lashing.image.layer.LayerEntry.EntryType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageFileSystemTest {

    private static LayerEntry file(int layer, String path) {
        return new LayerEntry(layer, path, EntryType.FILE, 0644, 0, 0, 10, "", 0);
    }

    private static LayerEntry dir(int layer, String path) {
        return new LayerEntry(layer, path, EntryType.DIRECTORY, 0755, 0, 0, 0, "", 0);
    }

    private static LayerEntry link(int layer, String path, String target) {
        return new LayerEntry(layer, path, EntryType.SYMLINK, 0777, 0, 0, 0, target, 0);
    }

    private static LayerEntry whiteout(int layer, String path) {
        return new LayerEntry(layer, path, EntryType.WHITEOUT, 0, 0, 0, 0, "", 0);
    }

    private static LayerEntry opaque(int layer, String path) {
        return new LayerEntry(layer, path, EntryType.OPAQUE, 0, 0, 0, 0, "", 0);
    }

    @Test
    void whiteoutDeletesALowerFileButItStaysInTheImage() {
        ImageFileSystem fs = ImageFileSystem.merge(List.of(
                List.of(dir(0, "app"), file(0, "app/secret.pem")),
                List.of(dir(1, "app"), whiteout(1, "app/secret.pem"))));
        assertThat(fs.live("app/secret.pem")).isEmpty();
        assertThat(fs.live("/app")).isPresent();
        assertThat(fs.removed()).singleElement().satisfies(r -> {
            assertThat(r.entry().path()).isEqualTo("app/secret.pem");
            assertThat(r.entry().layer()).isZero();
            assertThat(r.removedByLayer()).isEqualTo(1);
            assertThat(r.how()).isEqualTo(How.WHITEOUT);
        });
        assertThat(fs.versions("app/secret.pem")).extracting(LayerEntry::type)
                .containsExactly(EntryType.FILE, EntryType.WHITEOUT);
    }

    @Test
    void whiteoutOfADirectoryDeletesEverythingBelowIt() {
        ImageFileSystem fs = ImageFileSystem.merge(List.of(
                List.of(dir(0, "a"), dir(0, "a/b"), file(0, "a/b/c"), file(0, "a0"), file(0, "a.txt")),
                List.of(whiteout(1, "a"))));
        assertThat(fs.liveEntries()).extracting(LayerEntry::path).containsExactly("a.txt", "a0");
        assertThat(fs.removed()).extracting(r -> r.entry().path()).containsExactly("a/b/c");
    }

    @Test
    void opaqueMarkerHidesLowerContentButKeepsTheSameLayersEntriesWhateverTheirOrder() {
        ImageFileSystem fs = ImageFileSystem.merge(List.of(
                List.of(dir(0, "etc"), file(0, "etc/old"), file(0, "etc/kept-name")),
                List.of(dir(1, "etc"), file(1, "etc/new"), opaque(1, "etc"))));
        assertThat(fs.liveEntries()).extracting(LayerEntry::path).containsExactly("etc", "etc/new");
        assertThat(fs.removed()).extracting(Removed -> Removed.how()).containsOnly(How.OPAQUE);
        assertThat(fs.removed()).hasSize(2);
    }

    @Test
    void aFileOverwrittenLaterIsAlsoStillShipped() {
        ImageFileSystem fs = ImageFileSystem.merge(List.of(
                List.of(file(0, "conf")), List.of(file(1, "conf"))));
        assertThat(fs.live("conf")).get().extracting(LayerEntry::layer).isEqualTo(1);
        assertThat(fs.removed()).singleElement().extracting(ImageFileSystem.Removed::how).isEqualTo(How.REPLACED);
    }

    @Test
    void directoryReplacedByAFileLosesItsChildren() {
        ImageFileSystem fs = ImageFileSystem.merge(List.of(
                List.of(dir(0, "d"), file(0, "d/x")), List.of(file(1, "d"))));
        assertThat(fs.liveEntries()).extracting(LayerEntry::path).containsExactly("d");
        assertThat(fs.removed()).extracting(r -> r.entry().path()).containsExactly("d/x");
    }

    @Test
    void directoryOverDirectoryOnlyChangesMetadata() {
        ImageFileSystem fs = ImageFileSystem.merge(List.of(
                List.of(dir(0, "d"), file(0, "d/x")), List.of(dir(1, "d"))));
        assertThat(fs.live("d/x")).isPresent();
        assertThat(fs.live("d")).get().extracting(LayerEntry::layer).isEqualTo(1);
        assertThat(fs.removed()).isEmpty();
    }

    @Test
    void fileStandingWhereALaterLayerNeedsADirectoryIsReplaced() {
        ImageFileSystem fs = ImageFileSystem.merge(List.of(
                List.of(file(0, "a")), List.of(file(1, "a/b"))));
        assertThat(fs.liveEntries()).extracting(LayerEntry::path).containsExactly("a/b");
        assertThat(fs.removed()).singleElement().extracting(r -> r.entry().path()).isEqualTo("a");
    }

    @Test
    void duplicateEntryInOneLayerLastWins() {
        LayerEntry first = new LayerEntry(0, "f", EntryType.FILE, 0600, 0, 0, 1, "", 0);
        LayerEntry second = new LayerEntry(0, "f", EntryType.FILE, 0644, 0, 0, 2, "", 0);
        ImageFileSystem fs = ImageFileSystem.merge(List.of(List.of(first, second)));
        assertThat(fs.live("f")).contains(second);
        assertThat(fs.versions("f")).containsExactly(first, second);
    }

    @Test
    void resolveFollowsAbsoluteAndRelativeLinksAndStaysInsideTheRoot() {
        ImageFileSystem fs = ImageFileSystem.merge(List.of(List.of(
                dir(0, "usr"), dir(0, "usr/bin"), file(0, "usr/bin/busybox"),
                link(0, "bin", "usr/bin"), link(0, "usr/bin/sh", "busybox"),
                link(0, "escape", "../../../usr/bin/busybox"), link(0, "abs", "/bin/sh"),
                link(0, "loop1", "loop2"), link(0, "loop2", "loop1"))));
        assertThat(fs.resolve("/bin/sh")).get().extracting(LayerEntry::path).isEqualTo("usr/bin/busybox");
        assertThat(fs.resolve("abs")).get().extracting(LayerEntry::path).isEqualTo("usr/bin/busybox");
        assertThat(fs.resolve("escape")).get().extracting(LayerEntry::path).isEqualTo("usr/bin/busybox");
        assertThat(fs.resolve("loop1")).isEmpty();
        assertThat(fs.resolve("bin/missing")).isEmpty();
        assertThat(fs.resolve("bin")).get().extracting(LayerEntry::path).isEqualTo("usr/bin");
    }

    @Test
    void liveUnderListsADirectorysDescendantsOnly() {
        ImageFileSystem fs = ImageFileSystem.merge(List.of(List.of(
                dir(0, "a"), file(0, "a/x"), dir(0, "a/y"), file(0, "a/y/z"), file(0, "ab"), file(0, "a0"))));
        assertThat(fs.liveUnder("/a/")).extracting(LayerEntry::path).containsExactly("a/x", "a/y", "a/y/z");
    }
}
