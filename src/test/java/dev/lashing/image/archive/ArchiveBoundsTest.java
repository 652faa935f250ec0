package dev.lashing.image.archive;

import static dev.lashing.image.archive.TestImages.Entry.file;
import static dev.lashing.image.archive.TestImages.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.image.archive.TestImages.Image;
import dev.lashing.image.archive.TestImages.Layer;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile-input bounds and less common but legal archive shapes. */
class ArchiveBoundsTest {
    @TempDir
    Path tmp;

    @Test
    void refusesOuterArchivesWithTooManyEntries() throws Exception {
        List<TestImages.Entry> entries = new ArrayList<>();
        for (int i = 0; i <= TarStore.MAX_ENTRIES; i++) {
            entries.add(TestImages.Entry.dir("d" + i));
        }
        Path file = Files.write(tmp.resolve("many.tar"), TestImages.tar(entries));
        assertThatThrownBy(() -> ImageSources.open(file)).isInstanceOf(ImageException.class)
                .hasMessageContaining("more than 10000 entries");
    }

    @Test
    void refusesIndexesNestedTooDeep() throws Exception {
        Layer layer = TestImages.gzipLayer(file("a", "b"));
        TestImages.Layout layout = new TestImages.Layout();
        String descriptor = layout.image(Image.of(TestImages.configJson("amd64", "", List.of(layer)), layer));
        for (int i = 0; i < 6; i++) {
            descriptor = layout.index("", List.of(descriptor));
        }
        Path dir = layout.top(List.of(descriptor)).writeDirectory(tmp.resolve("deep"));
        try (ImageSource source = ImageSources.open(dir)) {
            assertThatThrownBy(() -> source.resolve(Optional.empty(), Optional.empty()))
                    .hasMessageContaining("nested more than");
        }
    }

    @Test
    void followsHardLinkEntriesAndMultiMemberGzip() throws Exception {
        byte[] tar = TestImages.tar(file("a", "first"), file("b", "second"));
        int half = 512 * 2;
        byte[] first = TestImages.gzip(java.util.Arrays.copyOf(tar, half));
        byte[] second = TestImages.gzip(java.util.Arrays.copyOfRange(tar, half, tar.length));
        byte[] blob = new byte[first.length + second.length];
        System.arraycopy(first, 0, blob, 0, first.length);
        System.arraycopy(second, 0, blob, first.length, second.length);
        Layer layer = new Layer(tar, blob, TestImages.GZIP_LAYER);
        String config = TestImages.configJson("amd64", "", List.of(layer));
        String configHex = TestImages.sha256(utf8(config)).hex();
        Path file = tmp.resolve("hard.tar");
        Files.write(file, TestImages.tar(
                new TestImages.Entry("layers/one.tar.gz", TarConstants.LF_NORMAL, blob, "", 0644),
                TestImages.Entry.hardlink("abc/layer.tar", "layers/one.tar.gz"),
                new TestImages.Entry(configHex + ".json", TarConstants.LF_NORMAL, utf8(config), "", 0644),
                new TestImages.Entry("manifest.json", TarConstants.LF_NORMAL,
                        utf8("[{\"Config\": \"./" + configHex + ".json\", \"Layers\": [\"abc//layer.tar\"]}]"), "", 0644)));
        try (ImageSource source = ImageSources.open(file)) {
            ResolvedImage image = source.resolve(Optional.empty(), Optional.empty());
            try (InputStream in = image.layers().get(0).openTar()) {
                assertThat(in.readAllBytes()).isEqualTo(tar);
            }
        }
    }
}
