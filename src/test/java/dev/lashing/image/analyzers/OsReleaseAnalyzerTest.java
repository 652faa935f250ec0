package dev.lashing.image.analyzers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.ImageBuilder;
import org.junit.jupiter.api.Test;

class OsReleaseAnalyzerTest {
    private static final String DEBIAN = """
            PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
            NAME="Debian GNU/Linux"
            VERSION_ID="12"
            VERSION_CODENAME=bookworm
            ID=debian
            """;

    private static OsRelease of(ImageBuilder image) {
        return image.build().get(OsRelease.class).orElseThrow();
    }

    @Test
    void readsOsReleaseThroughTheUsualSymlink() {
        OsRelease r = of(ImageRuleTester.image().layer("base")
                .file("/usr/lib/os-release", DEBIAN).symlink("/etc/os-release", "../usr/lib/os-release"));
        assertThat(r).isEqualTo(new OsRelease("debian", "12", "bookworm", "Debian GNU/Linux 12 (bookworm)",
                "/etc/os-release"));
    }

    @Test
    void usesUsrLibWhenEtcIsMissing() {
        OsRelease r = of(ImageRuleTester.image().layer("base").file("/usr/lib/os-release", "ID='alpine'\nVERSION_ID=3.20.3\n"));
        assertThat(r.id()).isEqualTo("alpine");
        assertThat(r.versionId()).isEqualTo("3.20.3");
        assertThat(r.source()).isEqualTo("/usr/lib/os-release");
    }

    @Test
    void aLaterLayerReplacingTheFileWins() {
        OsRelease r = of(ImageRuleTester.image().layer("base").file("/etc/os-release", DEBIAN)
                .layer("upgrade").file("/etc/os-release", "ID=debian\nVERSION_ID=\"13\"\n"));
        assertThat(r.versionId()).isEqualTo("13");
    }

    @Test
    void aDeletedOsReleaseIsNotUsed() {
        OsRelease r = of(ImageRuleTester.image().layer("base").file("/etc/os-release", DEBIAN)
                .layer("strip").whiteout("/etc/os-release"));
        assertThat(r.known()).isFalse();
    }

    @Test
    void fallsBackToAlpineRelease() {
        OsRelease r = of(ImageRuleTester.image().layer("base").file("/etc/alpine-release", "3.19.1\n"));
        assertThat(r.id()).isEqualTo("alpine");
        assertThat(r.versionId()).isEqualTo("3.19.1");
    }

    @Test
    void fallsBackToDebianVersionNumberOrCodename() {
        assertThat(of(ImageRuleTester.image().layer("b").file("/etc/debian_version", "10.13\n")).versionId())
                .isEqualTo("10.13");
        OsRelease sid = of(ImageRuleTester.image().layer("b").file("/etc/debian_version", "trixie/sid\n"));
        assertThat(sid.versionId()).isEmpty();
        assertThat(sid.versionCodename()).isEqualTo("trixie");
    }

    @Test
    void fallsBackToRedhatRelease() {
        OsRelease r = of(ImageRuleTester.image().layer("b")
                .file("/etc/redhat-release", "CentOS Linux release 7.9.2009 (Core)\n"));
        assertThat(r.id()).isEqualTo("centos");
        assertThat(r.versionId()).isEqualTo("7.9.2009");
    }

    @Test
    void scratchImageHasNoRelease() {
        assertThat(of(ImageRuleTester.image().layer("COPY app /app").file("/app", "bin")).known()).isFalse();
    }
}
