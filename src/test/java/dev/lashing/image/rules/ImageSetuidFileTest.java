package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageSetuidFileTest {
    private final ImageRuleTester tester = ImageRuleTester.of(ImageSetuidFile.class);

    @Test
    void setuidRootFileIsAWarningNamingModeAndOwner() {
        List<Reported> r = tester.check(ImageRuleTester.image()
                .file("/etc/passwd", "root:x:0:0::/root:/bin/sh\n")
                .file("/etc/group", "root:x:0:\nshadow:x:42:\n")
                .file("/usr/bin/su", 04755, 0, 0, "elf")
                .file("/usr/bin/chage", 02755, 0, 42, "elf")
                .file("/usr/bin/ls", 0755, 0, 0, "elf"));
        assertThat(r).hasSize(2);
        assertThat(r.get(0).target()).isEqualTo("/usr/bin/chage@0");
        assertThat(r.get(0).message()).contains("setgid", "-rwxr-sr-x root:shadow");
        assertThat(r.get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(r.get(1).target()).isEqualTo("/usr/bin/su@0");
        assertThat(r.get(1).message()).contains("is setuid (-rwsr-xr-x root:root)", "root");
        assertThat(r.get(1).severity()).isNull();
    }

    @Test
    void ownerWithoutPasswdEntryIsShownNumerically() {
        List<Reported> r = tester.check(ImageRuleTester.image().file("/opt/tool", 06750, 1234, 99, "elf"));
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.message()).contains("setuid and setgid", "-rwsr-s--- 1234:99");
            assertThat(x.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void bitsRemovedInALaterLayerAndDeletedFilesPass() {
        assertThat(tester.check(ImageRuleTester.image()
                .layer("base").file("/usr/bin/su", 04755, 0, 0, "elf").file("/usr/bin/mount", 04755, 0, 0, "elf")
                .layer("RUN chmod a-s /usr/bin/su && rm /usr/bin/mount")
                .file("/usr/bin/su", 0755, 0, 0, "elf").whiteout("/usr/bin/mount"))).isEmpty();
    }

    @Test
    void directoriesWithSetgidAreNotFiles() {
        assertThat(tester.check(ImageRuleTester.image().dir("/srv/shared", 02775, 0, 50))).isEmpty();
    }

    @Test
    void allowedPathsAndDirectoriesAreSilenced() {
        assertThat(tester.check(ImageRuleTester.image()
                .setting("allowed-setuid", List.of("/usr/bin/ping", "/opt/suid/"))
                .file("/usr/bin/ping", 04755, 0, 0, "elf")
                .file("/opt/suid/helper", 04755, 0, 0, "elf"))).isEmpty();
    }
}
