package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageSecretInFileTest {
    private static final ImageRuleTester TESTER = ImageRuleTester.of(ImageSecretInFile.class);
    // built by concatenation so the repository holds no secret-shaped literal
    private static final String GITHUB_TOKEN = "ghp_" + "Zq3x9LmN2pQr7StUv4WxYz1AbCdEfGhIjKlM";
    private static final String PRIVATE_KEY = "-----BEGIN " + "RSA PRIVATE KEY-----\n"
            + "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n"
            + "VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n"
            + "-----END RSA PRIVATE KEY-----\n";

    @Test
    void tokenInALiveFileIsReportedAtItsOffsetWithoutTheValue() {
        String text = "registry=https://npm.example.org\ntoken=" + GITHUB_TOKEN + "\n";
        List<Reported> r = TESTER.check(ImageRuleTester.image().layer("COPY app /app").file("/app/config.ini", text));
        int start = text.indexOf(GITHUB_TOKEN);
        assertThat(r).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("CONTENT");
            assertThat(f.target()).isEqualTo("/app/config.ini@0:" + start + "-" + (start + GITHUB_TOKEN.length()));
            assertThat(f.message()).contains("ghp_").doesNotContain(GITHUB_TOKEN).doesNotContain("still shipped");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void privateKeyDeletedInALaterLayerIsStillReported() {
        List<Reported> r = TESTER.check(ImageRuleTester.image()
                .layer("COPY secret.pem /app/secret.pem").file("/app/secret.pem", 0600, 0, 0, PRIVATE_KEY)
                .layer("RUN rm /app/secret.pem").whiteout("/app/secret.pem"));
        assertThat(r).singleElement().satisfies(f -> {
            assertThat(f.target()).startsWith("/app/secret.pem@0:");
            assertThat(f.message()).contains("deleted in layer 2, but still shipped in layer 1");
        });
    }

    @Test
    void exampleValuesAndTestPathsAreAllowedAndShownOnlyWhenAsked() {
        ImageRuleTester.ImageBuilder image = ImageRuleTester.image().layer("COPY . /src")
                .file("/src/tests/fixtures/token.txt", "token=" + GITHUB_TOKEN + "\n")
                .file("/app/aws.env", "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n");
        assertThat(TESTER.check(image)).isEmpty();
        List<Reported> verbose = TESTER.check(image.setting("show-allowed-secrets", "true"));
        assertThat(verbose).isNotEmpty().allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).startsWith("allowed: ");
        });
    }

    @Test
    void binaryAndCleanFilesAreNotReported() {
        assertThat(TESTER.check(ImageRuleTester.image().layer("x")
                .file("/bin/tool", "\u0000\u0001ELF" + GITHUB_TOKEN)
                .file("/etc/app.conf", "listen = 8080\nworkers = 4\n"))).isEmpty();
    }
}
