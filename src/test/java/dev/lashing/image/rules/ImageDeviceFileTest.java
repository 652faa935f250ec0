package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.image.layer.LayerEntry.EntryType;
import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageDeviceFileTest {
    private final ImageRuleTester tester = ImageRuleTester.of(ImageDeviceFile.class);

    @Test
    void liveAndHiddenDeviceNodesAreReported() {
        List<Reported> r = tester.check(ImageRuleTester.image()
                .layer("COPY rootfs/ /")
                .entry("/dev/sda", EntryType.BLOCK_DEVICE, 0660, "")
                .entry("/dev/mem", EntryType.CHAR_DEVICE, 0640, "")
                .layer("RUN rm /dev/mem").whiteout("/dev/mem"));
        assertThat(r).extracting(Reported::target).containsExactly("/dev/sda@0", "/dev/mem@0");
        assertThat(r.get(0).message()).contains("/dev/sda is a block device node (brw-rw---- 0:0)")
                .doesNotContain("hidden");
        assertThat(r.get(1).message()).contains("character device node (crw-r-----", "hidden by a later layer");
    }

    @Test
    void aDeviceReplacedByAFileIsHidden() {
        List<Reported> r = tester.check(ImageRuleTester.image()
                .layer("base").entry("/dev/null", EntryType.CHAR_DEVICE, 0666, "")
                .layer("RUN").file("/dev/null", ""));
        assertThat(r).singleElement().satisfies(x -> assertThat(x.message()).contains("hidden by a later layer"));
    }

    @Test
    void otherEntryTypesPass() {
        assertThat(tester.check(ImageRuleTester.image()
                .dir("/dev", 0755, 0, 0)
                .entry("/run/fifo", EntryType.FIFO, 0600, "")
                .symlink("/dev/stdout", "/proc/self/fd/1")
                .file("/dev/README", "x"))).isEmpty();
    }
}
