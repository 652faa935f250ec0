package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildToolsShippedTest {
    private final ImageRuleTester tester = ImageRuleTester.of(BuildToolsShipped.class);

    @Test
    void compilersAndGoToolchainAreFlaggedOnceEach() {
        List<Reported> r = tester.check(ImageRuleTester.image().layer("golang")
                .dir("/usr", 0755, 0, 0).dir("/usr/bin", 0755, 0, 0)
                .file("/usr/bin/gcc-12", 0755, 0, 0, "ELF")
                .symlink("/usr/bin/gcc", "gcc-12")
                .symlink("/usr/bin/cc", "gcc")
                .file("/usr/bin/make", 0755, 0, 0, "ELF")
                .file("/usr/local/go/bin/go", 0755, 0, 0, "ELF"));
        assertThat(r).extracting(Reported::target)
                .containsExactlyInAnyOrder("/usr/bin/cc@0", "/usr/bin/make@0", "/usr/local/go/bin/go@0");
        assertThat(r).anySatisfy(f -> assertThat(f.message()).contains("build tool go is shipped at /usr/local/go/bin/go"));
    }

    @Test
    void developmentPackagesAreListedInOneFinding() {
        List<Reported> r = tester.check(ImageRuleTester.image().layer("base").file("/var/lib/dpkg/status", """
                Package: libssl-dev
                Status: install ok installed

                Package: build-essential
                Status: install ok installed

                Package: libssl3
                Status: install ok installed
                """));
        assertThat(r).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("/var/lib/dpkg/status@0");
            assertThat(f.message()).contains("2 development packages are installed (libssl-dev, build-essential)");
        });
    }

    @Test
    void runtimeOnlyImageIsClean() {
        assertThat(tester.check(ImageRuleTester.image().layer("base")
                .file("/usr/bin/java", 0755, 0, 0, "ELF")
                .file("/usr/lib/gcc/x86_64-linux-gnu/12/cc1", 0755, 0, 0, "ELF")
                .file("/lib/apk/db/installed", "P:libssl3\nV:3.3\n\nP:musl\n"))).isEmpty();
    }
}
