package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialLeftoversTest {
    private final ImageRuleTester tester = ImageRuleTester.of(CredentialLeftovers.class);

    @Test
    void gitDirectoryIsOneFindingNotOnePerFile() {
        List<Reported> r = tester.check(ImageRuleTester.image().layer("COPY . /app")
                .dir("/app/.git", 0755, 0, 0)
                .file("/app/.git/config", "[remote]\n")
                .file("/app/.git/HEAD", "ref: refs/heads/main\n")
                .file("/app/main.py", "print()\n"));
        assertThat(r).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("/app/.git@0");
            assertThat(f.message()).contains("git repository", "/app/.git", ".dockerignore");
        });
    }

    @Test
    void credentialFilesAreFlaggedEachAtWarning() {
        List<Reported> r = tester.check(ImageRuleTester.image().layer("COPY . /root")
                .file("/root/.aws/credentials", "[default]\n")
                .file("/root/.ssh/id_ed25519", "-----BEGIN OPENSSH PRIVATE KEY-----\n")
                .file("/root/.docker/config.json", "{}")
                .file("/root/.kube/config", "apiVersion: v1\n")
                .file("/app/.env", "DB_PASSWORD=x\n")
                .file("/app/keystore.jks", "x")
                .file("/root/.config/gcloud/credentials.db", "x"));
        assertThat(r).extracting(Reported::target).containsExactlyInAnyOrder("/root/.aws/credentials@0",
                "/root/.ssh/id_ed25519@0", "/root/.docker/config.json@0", "/root/.kube/config@0", "/app/.env@0",
                "/app/keystore.jks@0", "/root/.config/gcloud/credentials.db@0");
        assertThat(r).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(r).anySatisfy(f -> assertThat(f.message()).contains("cloud credentials directory /root/.aws"));
    }

    @Test
    void editorDirectoriesAreInfo() {
        assertThat(tester.check(ImageRuleTester.image().layer("COPY . /app").file("/app/.idea/workspace.xml", "x")))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void publicKeysTemplatesAndVendoredCopiesAreNotLeftovers() {
        assertThat(tester.check(ImageRuleTester.image().layer("COPY . /app")
                .file("/root/.ssh/id_rsa.pub", "ssh-rsa AAAA\n")
                .file("/root/.ssh/known_hosts", "github.com ssh-ed25519 AAAA\n")
                .file("/root/.ssh/authorized_keys", "ssh-rsa AAAA\n")
                .file("/app/.env.example", "DB_PASSWORD=\n")
                .file("/app/node_modules/pkg/.git/config", "x")
                .file("/app/vendor/lib/.npmrc", "x")
                .file("/app/config.json", "{}")
                .dir("/app/.vscode", 0755, 0, 0))).isEmpty();
    }

    @Test
    void deletedLeftoverStillShipsAndSaysSo() {
        List<Reported> r = tester.check(ImageRuleTester.image().layer("COPY . /app")
                .file("/app/.npmrc", "//registry.npmjs.org/:_authToken=abc\n")
                .file("/app/.git/config", "x").file("/app/.git/index", "x")
                .layer("RUN rm -rf /app/.npmrc /app/.git").whiteout("/app/.npmrc").whiteout("/app/.git"));
        assertThat(r).extracting(Reported::target).containsExactly("/app/.npmrc@0", "/app/.git/config@0");
        assertThat(r.get(0).message()).contains("was deleted in layer 2 but is still in the image");
    }
}
