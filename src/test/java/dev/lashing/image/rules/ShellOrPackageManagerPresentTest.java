package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellOrPackageManagerPresentTest {
    private final ImageRuleTester tester = ImageRuleTester.of(ShellOrPackageManagerPresent.class);

    @Test
    void debianLikeImageListsShellsAndPackageManagersInOneFinding() {
        List<Reported> r = tester.check(ImageRuleTester.image().layer("debian")
                .symlink("/bin", "usr/bin")
                .file("/usr/bin/bash", 0755, 0, 0, "ELF")
                .file("/usr/bin/dash", 0755, 0, 0, "ELF")
                .symlink("/usr/bin/sh", "dash")
                .file("/usr/bin/apt-get", 0755, 0, 0, "ELF")
                .file("/usr/bin/dpkg", 0755, 0, 0, "ELF"));
        assertThat(r).hasSize(1);
        assertThat(r.get(0).target()).isEqualTo("/usr/bin/bash@0");
        assertThat(r.get(0).message()).contains("/usr/bin/bash", "/usr/bin/sh", "/usr/bin/dash",
                "package managers /usr/bin/apt-get, /usr/bin/dpkg", "distroless");
    }

    @Test
    void busyboxShellOfAlpineIsFound() {
        List<Reported> r = tester.check(ImageRuleTester.image().layer("alpine")
                .file("/bin/busybox", 0755, 0, 0, "ELF").symlink("/bin/sh", "/bin/busybox")
                .file("/sbin/apk", 0755, 0, 0, "ELF"));
        assertThat(r).singleElement().satisfies(f -> assertThat(f.message()).contains("/bin/busybox", "/bin/sh",
                "package manager /sbin/apk"));
    }

    @Test
    void distrolessImageWithOnlyTheAppIsClean() {
        assertThat(tester.check(ImageRuleTester.image().layer("distroless")
                .file("/etc/passwd", "root:x:0:0::/root:/sbin/nologin\n")
                .layer("COPY app").file("/app/server", 0755, 0, 0, "ELF"))).isEmpty();
    }

    @Test
    void deletedShellAndDanglingLinkDoNotCount() {
        assertThat(tester.check(ImageRuleTester.image().layer("base").file("/bin/bash", 0755, 0, 0, "ELF")
                .symlink("/bin/sh", "/bin/missing")
                .layer("strip").whiteout("/bin/bash"))).isEmpty();
    }

    @Test
    void namesOutsideBinDirectoriesAreNotPrograms() {
        assertThat(tester.check(ImageRuleTester.image().layer("app").file("/app/docs/sh", "notes")
                .file("/app/node_modules/.bin/sh", "x"))).isEmpty();
    }
}
