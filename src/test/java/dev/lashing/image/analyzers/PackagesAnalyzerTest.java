package dev.lashing.image.analyzers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.image.analyzers.InstalledPackages.InstalledPackage;
import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.ImageBuilder;
import org.junit.jupiter.api.Test;

class PackagesAnalyzerTest {
    private static final String STATUS = """
            Package: libc6
            Status: install ok installed
            Version: 2.36-9

            Package: gcc-12
            Status: deinstall ok config-files
            Version: 12.2.0-14

            Package: curl
            Status: install ok installed
            Architecture: amd64
            Version: 7.88.1-10
            """;

    private static InstalledPackages of(ImageBuilder image) {
        return image.build().get(InstalledPackages.class).orElseThrow();
    }

    @Test
    void readsInstalledDpkgPackagesOnly() {
        InstalledPackages p = of(ImageRuleTester.image().layer("base").file("/var/lib/dpkg/status", STATUS));
        assertThat(p.packages()).extracting(InstalledPackage::name).containsExactly("libc6", "curl");
        assertThat(p.find("curl").orElseThrow().version()).isEqualTo("7.88.1-10");
        assertThat(p.find("curl").orElseThrow().manager()).isEqualTo("dpkg");
    }

    @Test
    void readsDistrolessStatusDirectoryAndIgnoresChecksums() {
        InstalledPackages p = of(ImageRuleTester.image().layer("base")
                .file("/var/lib/dpkg/status.d/base-files", "Package: base-files\nVersion: 12.4\n")
                .file("/var/lib/dpkg/status.d/base-files.md5sums", "abc  etc/issue\n")
                .file("/var/lib/dpkg/status.d/tzdata", "Package: tzdata\nVersion: 2024a\n"));
        assertThat(p.packages()).extracting(InstalledPackage::name).containsExactly("base-files", "tzdata");
    }

    @Test
    void readsApkDatabase() {
        InstalledPackages p = of(ImageRuleTester.image().layer("base").file("/lib/apk/db/installed",
                "C:Q1abc=\nP:musl\nV:1.2.5-r0\nA:x86_64\n\nC:Q1def=\nP:busybox\nV:1.36.1-r29\n"));
        assertThat(p.packages()).extracting(InstalledPackage::name).containsExactly("musl", "busybox");
        assertThat(p.find("busybox").orElseThrow().version()).isEqualTo("1.36.1-r29");
        assertThat(p.find("busybox").orElseThrow().manager()).isEqualTo("apk");
    }

    @Test
    void usesOnlyTheLiveDatabase() {
        InstalledPackages p = of(ImageRuleTester.image().layer("base").file("/var/lib/dpkg/status", STATUS)
                .layer("purge").file("/var/lib/dpkg/status", "Package: libc6\nStatus: install ok installed\n"));
        assertThat(p.packages()).extracting(InstalledPackage::name).containsExactly("libc6");
        assertThat(p.packages().get(0).database().layer()).isEqualTo(1);
    }

    @Test
    void deletedDatabaseListsNothing() {
        InstalledPackages p = of(ImageRuleTester.image().layer("base").file("/lib/apk/db/installed", "P:musl\n")
                .layer("strip").whiteout("/lib/apk"));
        assertThat(p.packages()).isEmpty();
    }

    @Test
    void recordsRpmDatabasesWithoutInventory() {
        InstalledPackages p = of(ImageRuleTester.image().layer("base").file("/var/lib/rpm/rpmdb.sqlite", "SQLite"));
        assertThat(p.rpmDatabases()).extracting(e -> e.path()).containsExactly("var/lib/rpm/rpmdb.sqlite");
        assertThat(p.packages()).isEmpty();
    }
}
