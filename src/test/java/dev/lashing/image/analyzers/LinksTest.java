package dev.lashing.image.analyzers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.image.layer.ImageFileSystem;
import dev.lashing.image.layer.LayerEntry;
import dev.lashing.testing.ImageRuleTester;
import org.junit.jupiter.api.Test;

class LinksTest {

    private static ImageFileSystem fs(ImageRuleTester.ImageBuilder image) {
        return image.build().fileSystem();
    }

    @Test
    void followsRelativeAndAbsoluteLinksWithoutDirectoryEntries() {
        ImageFileSystem fs = fs(ImageRuleTester.image().layer("b")
                .file("/bin/busybox", 0755, 0, 0, "ELF")
                .symlink("/usr/bin/wget", "../../bin/busybox")
                .symlink("/usr/bin/nc", "/bin/busybox")
                .symlink("/usr/bin/telnet", "./nc"));
        assertThat(Links.resolve(fs, "usr/bin/wget")).map(LayerEntry::path).hasValue("bin/busybox");
        assertThat(Links.resolve(fs, "usr/bin/nc")).map(LayerEntry::path).hasValue("bin/busybox");
        assertThat(Links.resolve(fs, "usr/bin/telnet")).map(LayerEntry::path).hasValue("bin/busybox");
    }

    @Test
    void danglingLinksAndLoopsResolveToNothing() {
        ImageFileSystem fs = fs(ImageRuleTester.image().layer("b")
                .symlink("/a", "b").symlink("/b", "a").symlink("/c", "/missing"));
        assertThat(Links.resolve(fs, "a")).isEmpty();
        assertThat(Links.resolve(fs, "c")).isEmpty();
    }

    @Test
    void usesTheFileSystemsResolutionThroughLinkedDirectories() {
        ImageFileSystem fs = fs(ImageRuleTester.image().layer("b")
                .dir("/usr", 0755, 0, 0).dir("/usr/bin", 0755, 0, 0)
                .file("/usr/bin/bash", 0755, 0, 0, "ELF").symlink("/bin", "usr/bin"));
        assertThat(Links.resolve(fs, "bin/bash")).map(LayerEntry::path).hasValue("usr/bin/bash");
    }
}
