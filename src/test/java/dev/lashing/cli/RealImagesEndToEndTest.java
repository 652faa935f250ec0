package dev.lashing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code lashing image} on the real images of {@code ../shared/tools/make-test-images.sh}, in every
 * format it produces (system property {@code lashing.testImages}, default /tmp/testimages; CI builds
 * them through {@code .ci/test-images.sh}). Under {@code CI=true} missing images fail the test.
 */
class RealImagesEndToEndTest {
    @TempDir
    Path dir;

    private static Path images() {
        Path p = Paths.get(System.getProperty("lashing.testImages", "/tmp/testimages"));
        boolean present = Files.isRegularFile(p.resolve("SUMMARY.txt"));
        if ("true".equals(System.getenv("CI"))) {
            assertThat(present).as("real test images in " + p + " (built by .ci/test-images.sh)").isTrue();
        }
        Assumptions.assumeTrue(present, "real test images not built");
        return p;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "debian-minbase.docker.tar | IM001 IM003 IM020 IM030",
        "debian-minbase.oci        | IM001 IM003 IM020 IM030",
        "debian-minbase.oci.tar    | IM001 IM003 IM020 IM030",
        "secret-whiteout.docker.tar| IM040 IM038 IM001",
        "secret-whiteout.oci       | IM040 IM038 IM001",
        "secret-whiteout.oci.tar   | IM040 IM038",
        "secret-whiteout-umoci.oci | IM040 IM038",
        "setuid-user.docker.tar    | IM004 IM020 IM021 IM026 SH080",
        "setuid-user.oci           | IM004 IM020 IM021 IM026 IM003",
        "setuid-user.oci.tar       | IM004 IM020 IM021",
        "busybox.docker.tar        | IM030",
        "busybox.oci               | IM030",
    })
    void expectedFindingsAndNoInputErrors(String image, String expected) throws Exception {
        Path p = images().resolve(image.strip());
        Assumptions.assumeTrue(Files.exists(p), p + " not produced on this machine");
        CliRunner.Run run = new CliRunner(dir).run("image", "--isolated", "--format", "json", p.toString());
        assertThat(run.status()).as(run.err()).isIn(0, 1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        List<String> ids = new ArrayList<>();
        report.get("findings").forEach(f -> ids.add(f.get("rule").get("id").asText()));
        assertThat(ids).contains(expected.strip().split(" "));
        assertThat(report.get("errors")).as(run.out()).isEmpty();
        assertThat(run.out()).doesNotContain("hunter2").doesNotContain("BEGIN RSA PRIVATE KEY\\nMII");
        assertThat(report.get("images").get(0).get("layers").asInt()).isPositive();
        if (image.startsWith("debian") || image.startsWith("setuid")) {
            assertThat(report.get("images").get(0).get("os").asText()).startsWith("Debian GNU/Linux");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"linux/amd64", "linux/arm64"})
    void multiArchIndexPicksThePlatform(String platform) throws Exception {
        Path p = images().resolve("busybox-multiarch.oci");
        Assumptions.assumeTrue(Files.exists(p), "multi-arch image not produced on this machine");
        CliRunner.Run run = new CliRunner(dir).run("image", "--isolated", "--format", "json", "--platform", platform,
                p.toString());
        assertThat(run.status()).as(run.err()).isIn(0, 1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("images").get(0).get("platform").asText()).isEqualTo(platform);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"secret-whiteout.docker.tar", "secret-whiteout.oci", "secret-whiteout.oci.tar"})
    void findingsPointAtTheInstructionOfTheDockerfileThatBuiltTheImage(String image) throws Exception {
        Path p = images().resolve(image);
        Assumptions.assumeTrue(Files.exists(p), p + " not produced on this machine");
        // the Dockerfile make-test-images.sh gives buildah for this image
        Files.writeString(dir.resolve("Dockerfile"), """
                FROM localhost/debian-minbase:bookworm
                COPY secret.pem /app/secret.pem
                RUN rm /app/secret.pem
                CMD ["/bin/bash"]
                """);
        CliRunner.Run run = new CliRunner(dir).run("image", "--isolated", "--format", "json", "--dockerfile",
                "Dockerfile", p.toString());
        assertThat(run.status()).as(run.err()).isIn(0, 1);
        assertThat(run.err()).doesNotContain("does not match");
        JsonNode report = new ObjectMapper().readTree(run.out());
        List<JsonNode> secrets = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("rule").get("id").asText().equals("IM040")) {
                secrets.add(f.get("provenance").get("instruction"));
            }
        });
        assertThat(secrets).isNotEmpty().allSatisfy(i -> {
            assertThat(i.get("line").asInt()).isEqualTo(2);
            assertThat(i.get("text").asText()).isEqualTo("COPY secret.pem /app/secret.pem");
        });
    }
}
