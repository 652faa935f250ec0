package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.image.layer.LayerEntry.EntryType;
import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.ImageBuilder;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageWorldWritableTest {
    private final ImageRuleTester tester = ImageRuleTester.of(ImageWorldWritable.class);

    @Test
    void worldWritableFilesAndDirectoriesAreFlagged() {
        List<Reported> r = tester.check(ImageRuleTester.image()
                .dir("/app", 0777, 0, 0)
                .file("/app/run.sh", 0777, 0, 0, "#!/bin/sh\n")
                .file("/app/lib.py", 0644, 0, 0, ""));
        assertThat(r).extracting(Reported::target).containsExactly("/app@0", "/app/run.sh@0");
        assertThat(r.get(0).message()).contains("drwxrwxrwx 0:0", "add, replace or delete", "sticky");
        assertThat(r.get(1).message()).contains("-rwxrwxrwx", "chmod o-w");
    }

    @Test
    void stickyDirectoriesSymlinksAndDevicesPass() {
        assertThat(tester.check(ImageRuleTester.image()
                .dir("/tmp", 01777, 0, 0)
                .dir("/var/tmp", 01777, 0, 0)
                .symlink("/usr/bin/python", "python3")
                .entry("/dev/null", EntryType.CHAR_DEVICE, 0666, ""))).isEmpty();
    }

    @Test
    void aFileFixedInALaterLayerPasses() {
        assertThat(tester.check(ImageRuleTester.image()
                .layer("COPY").file("/etc/app.conf", 0666, 0, 0, "x")
                .layer("RUN chmod 644 /etc/app.conf").file("/etc/app.conf", 0644, 0, 0, "x"))).isEmpty();
    }

    @Test
    void findingsAreCappedWithASummary() {
        ImageBuilder image = ImageRuleTester.image();
        for (int i = 0; i < 130; i++) {
            image.file(String.format("/data/f%03d", i), 0666, 0, 0, "");
        }
        List<Reported> r = tester.check(image);
        assertThat(r).hasSize(101);
        assertThat(r.get(100).kind()).isEqualTo("IMAGE");
        assertThat(r.get(100).message()).startsWith("and 30 more world-writable paths (from /data/f100)");
    }
}
