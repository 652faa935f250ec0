package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeletedFilesStillShippedTest {
    private final ImageRuleTester tester = ImageRuleTester.of(DeletedFilesStillShipped.class);

    @Test
    void oneFindingPerLayerPairPointingAtTheLargestFile() {
        List<Reported> r = tester.check(ImageRuleTester.image()
                .layer("ADD src.tar.gz /tmp/").file("/tmp/src.tar.gz", "x".repeat(5000)).file("/tmp/readme", "x")
                .layer("RUN make").file("/tmp/build.o", "x".repeat(300))
                .layer("RUN rm -rf /tmp/*").opaque("/tmp"));
        assertThat(r).extracting(Reported::target).containsExactly("/tmp/src.tar.gz@0", "/tmp/build.o@1");
        assertThat(r.get(0).message()).contains("2 files (4.9 KiB) added in layer 1 were deleted in layer 3",
                "/tmp/src.tar.gz (4.9 KiB), /tmp/readme (1 B)");
        assertThat(r.get(0).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void sensitiveFilesGetTheirOwnWarning() {
        List<Reported> r = tester.check(ImageRuleTester.image()
                .layer("COPY deploy.pem /tmp/").file("/tmp/deploy.pem", "-----BEGIN PRIVATE KEY-----\n")
                .file("/tmp/big.bin", "x".repeat(4000))
                .layer("RUN rm /tmp/deploy.pem /tmp/big.bin").whiteout("/tmp/deploy.pem").whiteout("/tmp/big.bin"));
        assertThat(r).hasSize(2);
        assertThat(r.get(0).target()).isEqualTo("/tmp/deploy.pem@0");
        assertThat(r.get(0).severity()).isNull();
        assertThat(r.get(0).message()).contains("sensitive-looking file /tmp/deploy.pem was deleted in layer 2");
        assertThat(r.get(1).target()).as("the summary points at the sensitive file").isEqualTo("/tmp/deploy.pem@0");
    }

    @Test
    void credentialLeftoversAreLeftToIm034() {
        assertThat(tester.check(ImageRuleTester.image()
                .layer("COPY . /app").file("/app/.env", "DB_PASSWORD=x\n").file("/root/.aws/credentials", "[default]\n")
                .layer("RUN rm").whiteout("/app/.env").whiteout("/root/.aws"))).isEmpty();
        assertThat(tester.check(ImageRuleTester.image()
                .layer("COPY . /app").file("/app/.env", "DB_PASSWORD=x\n").file("/app/db-password.txt", "hunter2")
                .layer("RUN rm").whiteout("/app/.env").whiteout("/app/db-password.txt")))
                .extracting(Reported::target).containsExactly("/app/db-password.txt@0", "/app/db-password.txt@0");
    }

    @Test
    void replacedFilesSayReplaced() {
        assertThat(tester.check(ImageRuleTester.image().layer("base").file("/etc/app.conf", "old")
                .layer("COPY app.conf /etc/").file("/etc/app.conf", "new"))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("1 file (3 B) added in layer 1 was replaced in layer 2"));
    }

    @Test
    void nothingDeletedOrOnlyEmptyFilesIsClean() {
        assertThat(tester.check(ImageRuleTester.image().layer("base").file("/a", "x").layer("more").file("/b", "y")))
                .isEmpty();
        assertThat(tester.check(ImageRuleTester.image().layer("base").file("/run/lock", "")
                .layer("rm").whiteout("/run/lock"))).isEmpty();
    }

    @Test
    void packageBookkeepingRewrittenByEachInstallIsNotSummarised() {
        assertThat(tester.check(ImageRuleTester.image()
                .layer("RUN apt-get install a").file("/var/lib/dpkg/status", "Package: a\n").file("/var/log/dpkg.log", "x")
                .layer("RUN apt-get install b").file("/var/lib/dpkg/status", "Package: a\n\nPackage: b\n")
                .file("/var/log/dpkg.log", "xy"))).isEmpty();
    }

    @Test
    void caBundlesAreNotSensitive() {
        assertThat(DeletedFilesStillShipped.sensitive(new dev.lashing.image.layer.LayerEntry(0,
                "etc/ssl/certs/ca.pem", dev.lashing.image.layer.LayerEntry.EntryType.FILE, 0644, 0, 0, 1, "", 0)))
                .isFalse();
    }
}
