package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.ImageBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackageDatabaseRemovedTest {
    private final ImageRuleTester tester = ImageRuleTester.of(PackageDatabaseRemoved.class);

    private static ImageBuilder debian() {
        return ImageRuleTester.image().layer("debian").file("/etc/os-release", "ID=debian\nVERSION_ID=\"12\"\n")
                .file("/var/lib/dpkg/status", "Package: libc6\nStatus: install ok installed\n");
    }

    @Test
    void deletedDpkgDatabaseIsFlaggedOnTheHiddenFile() {
        var r = tester.check(debian().layer("RUN rm -rf /var/lib/dpkg").whiteout("/var/lib/dpkg"));
        assertThat(r).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("/var/lib/dpkg/status@0");
            assertThat(f.message()).contains("was deleted in layer 2", "scanners");
            assertThat(f.severity()).isNull();
        });
    }

    @Test
    void deletedApkDatabaseIsFlagged() {
        assertThat(tester.check(ImageRuleTester.image().layer("alpine").file("/lib/apk/db/installed", "P:musl\n")
                .layer("RUN rm -rf /lib/apk").whiteout("/lib/apk"))).hasSize(1);
    }

    @Test
    void distributionWithoutAnyDatabaseIsInfo() {
        var r = tester.check(ImageRuleTester.image().layer("b").file("/etc/os-release", "ID=alpine\nVERSION_ID=3.21.0\n"));
        assertThat(r).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("IMAGE");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void liveDatabasesAndScratchImagesAreClean() {
        assertThat(tester.check(debian())).isEmpty();
        assertThat(tester.check(debian().layer("RUN apt-get install x")
                .file("/var/lib/dpkg/status", "Package: x\nStatus: install ok installed\n"))).isEmpty();
        assertThat(tester.check(ImageRuleTester.image().layer("b").file("/etc/os-release", "ID=rocky\n")
                .file("/var/lib/rpm/rpmdb.sqlite", "db"))).isEmpty();
        assertThat(tester.check(ImageRuleTester.image().layer("COPY app /").file("/app", "ELF"))).isEmpty();
        assertThat(tester.check(ImageRuleTester.image().layer("distroless")
                .file("/etc/os-release", "ID=debian\n")
                .file("/var/lib/dpkg/status.d/base-files", "Package: base-files\n"))).isEmpty();
    }

    @Test
    void unknownDistributionWithoutDatabaseIsNotJudged() {
        assertThat(tester.check(ImageRuleTester.image().layer("b").file("/etc/os-release", "ID=myos\n")))
                .isEqualTo(List.of());
    }
}
