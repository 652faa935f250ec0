package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttackerToolsShippedTest {
    private final ImageRuleTester tester = ImageRuleTester.of(AttackerToolsShipped.class);

    @Test
    void oneFindingPerRealTool() {
        List<Reported> r = tester.check(ImageRuleTester.image().layer("RUN apt-get install curl netcat gdb")
                .file("/usr/bin/curl", 0755, 0, 0, "ELF")
                .file("/bin/nc.openbsd", 0755, 0, 0, "ELF")
                .symlink("/bin/nc", "nc.openbsd")
                .file("/usr/bin/gdb", 0755, 0, 0, "ELF"));
        assertThat(r).extracting(Reported::target).containsExactly("/bin/nc@0", "/usr/bin/curl@0", "/usr/bin/gdb@0");
        assertThat(r.get(0).message()).contains("nc is installed at /bin/nc", "reverse shells", "multi-stage");
    }

    @Test
    void busyboxAppletsAreReportedOnceAtInfo() {
        List<Reported> r = tester.check(ImageRuleTester.image().layer("alpine")
                .file("/bin/busybox", 0755, 0, 0, "ELF")
                .symlink("/usr/bin/wget", "/bin/busybox")
                .symlink("/usr/bin/nc", "/bin/busybox")
                .symlink("/usr/bin/telnet", "../../bin/busybox"));
        assertThat(r).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("busybox provides nc, telnet, wget");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void interpretersAndDeletedToolsAreNotFlagged() {
        assertThat(tester.check(ImageRuleTester.image().layer("python")
                .file("/usr/local/bin/python3", 0755, 0, 0, "ELF")
                .file("/usr/bin/perl", 0755, 0, 0, "ELF")
                .file("/usr/bin/wget", 0755, 0, 0, "ELF")
                .layer("RUN apt-get purge wget").whiteout("/usr/bin/wget"))).isEmpty();
    }
}
