package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageSecretInEnvTest {
    private final ImageRuleTester tester = ImageRuleTester.of(ImageSecretInEnv.class);

    @Test
    void secretNameWithLiteralValueIsReportedAtItsIndexAndMasked() {
        List<Reported> r = tester.check(ImageRuleTester.image()
                .env("PATH=/usr/local/bin:/usr/bin", "DB_PASSWORD=hunter2-very-secret"));
        assertThat(r).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("CONFIG");
            assertThat(f.target()).isEqualTo("/config/Env/1");
            assertThat(f.message()).contains("DB_PASSWORD").contains("\"hunt…\"").doesNotContain("hunter2");
        });
    }

    @Test
    void knownCredentialFormatIsReportedWhateverTheName() {
        List<Reported> r = tester.check(ImageRuleTester.image().env("UPLOAD_ID=AKIAZ7QF3D6W2LKJ4M5N"));
        assertThat(r).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("/config/Env/0");
            assertThat(f.message()).contains("AWS access key").doesNotContain("Z7QF3D6W2LKJ4M5N");
        });
        assertThat(tester.check(ImageRuleTester.image()
                .env("REPO=https://deploy:Tr0ub4dor@git.example.com/app.git"))).hasSize(1);
    }

    @Test
    void documentedExampleKeysAreNotSecrets() {
        assertThat(tester.check(ImageRuleTester.image().env("UPLOAD_ID=AKIAIOSFODNN7EXAMPLE",
                "SAMPLE=https://user:<password>@git.example.com/app.git"))).isEmpty();
    }

    @Test
    void shortValuesShowLessThanFourCharacters() {
        List<Reported> r = tester.check(ImageRuleTester.image().env("API_TOKEN=abc123"));
        assertThat(r).singleElement().satisfies(f -> assertThat(f.message()).contains("\"a…\"").doesNotContain("abc"));
    }

    @Test
    void placeholdersReferencesAndEmptyValuesAreFine() {
        assertThat(tester.check(ImageRuleTester.image().env("DB_PASSWORD=", "API_TOKEN=changeme",
                "SECRET_KEY=${SECRET_KEY}", "GITHUB_TOKEN=<your token>", "DB_PASSWORD_FILE=/run/secrets/db",
                "VAULT_TOKEN=/run/secrets/vault", "ADMIN_PASSWORD=xxxxxxxx"))).isEmpty();
    }

    @Test
    void publicKeyIdsAndLookalikeNamesAreFine() {
        assertThat(tester.check(ImageRuleTester.image().env(
                "GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D",
                "NODE_GPG_KEYS=4ED778F539E3634C779C87C6D7062848A1AB005C",
                "KEYCLOAK_VERSION=25.0.1", "PASSWORD_MIN_LENGTH=12", "TOKEN_TTL=3600"))).isEmpty();
    }

    @Test
    void settingsAddAndAllowNames() {
        assertThat(tester.check(ImageRuleTester.image().env("DB_PASSWORD=hunter2-very-secret")
                .setting("secret-names-allow", List.of("DB_PASSWORD")))).isEmpty();
        assertThat(tester.check(ImageRuleTester.image().env("MY_CONN=hunter2-very-secret")
                .setting("secret-names", List.of("MY_CONN")))).hasSize(1);
    }
}
