package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class SudoPresentTest {
    private final ImageRuleTester tester = ImageRuleTester.of(SudoPresent.class);

    @Test
    void setuidSudoBinaryIsFlagged() {
        List<Reported> r = tester.check(ImageRuleTester.image().layer("RUN apt-get install -y sudo")
                .file("/usr/bin/sudo", 04755, 0, 0, "ELF"));
        assertThat(r).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("/usr/bin/sudo@0");
            assertThat(f.message()).contains("sudo is installed at /usr/bin/sudo (setuid root)", "become root");
            assertThat(f.severity()).isNull();
        });
    }

    @Test
    void doasIsFlaggedToo() {
        assertThat(tester.check(ImageRuleTester.image().layer("RUN apk add doas")
                .file("/usr/bin/doas", 04755, 0, 0, "ELF"))).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("doas is installed"));
    }

    @Test
    void packageWithoutBinaryIsFlaggedOnTheDatabase() {
        List<Reported> r = tester.check(ImageRuleTester.image().layer("base").file("/var/lib/dpkg/status",
                "Package: sudo\nStatus: install ok installed\nVersion: 1.9.13\n"));
        assertThat(r).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("/var/lib/dpkg/status@0");
            assertThat(f.message()).contains("package sudo is installed");
        });
    }

    @Test
    void removedSudoAndUnrelatedPackagesAreClean() {
        assertThat(tester.check(ImageRuleTester.image().layer("base").file("/usr/bin/sudo", 04755, 0, 0, "ELF")
                .file("/var/lib/dpkg/status", "Package: sudoku\nStatus: install ok installed\n")
                .layer("RUN apt-get purge sudo").whiteout("/usr/bin/sudo"))).isEmpty();
    }
}
