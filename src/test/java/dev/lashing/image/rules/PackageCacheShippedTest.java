package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackageCacheShippedTest {
    private final ImageRuleTester tester = ImageRuleTester.of(PackageCacheShipped.class);

    @Test
    void aptListsAndPipCacheAreTotalledPerCache() {
        List<Reported> r = tester.check(ImageRuleTester.image().layer("RUN apt-get update && pip install x")
                .file("/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_InRelease", "x".repeat(2000))
                .file("/var/lib/apt/lists/deb.debian.org_Packages.lz4", "x".repeat(100))
                .file("/var/lib/apt/lists/lock", "")
                .file("/root/.cache/pip/http/ab/cd", "x".repeat(10)));
        assertThat(r).extracting(Reported::target)
                .containsExactly("/root/.cache/pip/http/ab/cd@0",
                        "/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_InRelease@0");
        assertThat(r.get(1).message()).contains("package cache /var/lib/apt/lists ships 2 files (2.1 KiB)",
                "rm -rf /var/lib/apt/lists/*");
        assertThat(r.get(0).message()).contains("/root/.cache/pip ships 1 file (10 B)");
    }

    @Test
    void cacheDeletedInALaterLayerStillShips() {
        List<Reported> r = tester.check(ImageRuleTester.image().layer("RUN apk add x")
                .file("/var/cache/apk/APKINDEX.tar.gz", "x".repeat(300))
                .layer("RUN rm -rf /var/cache/apk").whiteout("/var/cache/apk"));
        assertThat(r).singleElement().satisfies(f -> assertThat(f.message())
                .contains("/var/cache/apk filled in layer 1 was deleted in layer 2", "300 B", "same RUN"));
    }

    @Test
    void cleanedImageIsClean() {
        assertThat(tester.check(ImageRuleTester.image().layer("RUN apt-get install x && rm -rf /var/lib/apt/lists/*")
                .dir("/var/lib/apt/lists", 0755, 0, 0)
                .file("/var/lib/apt/lists/lock", "")
                .dir("/var/lib/apt/lists/partial", 0700, 0, 0)
                .file("/usr/lib/python3/dist-packages/pip/cache.py", "code"))).isEmpty();
    }

    @Test
    void cacheRootsOfEachKind() {
        assertThat(PackageCacheShipped.cacheRoot("var/cache/apt/archives/curl_8.deb")).isEqualTo("var/cache/apt");
        assertThat(PackageCacheShipped.cacheRoot("home/app/.m2/repository/org/x.jar")).isEqualTo("home/app/.m2/repository");
        assertThat(PackageCacheShipped.cacheRoot("root/.npm/_cacache/index-v5/aa")).isEqualTo("root/.npm/_cacache");
        assertThat(PackageCacheShipped.cacheRoot("usr/local/share/.cache/yarn/v6/x")).isEqualTo("usr/local/share/.cache/yarn");
        assertThat(PackageCacheShipped.cacheRoot("root/.cache/go-build/00/x")).isEqualTo("root/.cache/go-build");
        assertThat(PackageCacheShipped.cacheRoot("var/cache/apt/archives/lock")).isNull();
        assertThat(PackageCacheShipped.cacheRoot("var/cache/ldconfig/aux-cache")).isNull();
    }
}
