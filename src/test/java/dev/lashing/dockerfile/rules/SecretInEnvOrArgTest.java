package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Finding;
import dev.lashing.config.MapSettings;
import dev.lashing.core.Severity;
import dev.lashing.rules.Settings;
import dev.lashing.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretInEnvOrArgTest {
    private final RuleTester tester = RuleTester.of(SecretInEnvOrArg.class);

    @Test
    void secretNamesInEnvAndArg() {
        List<Finding> f = tester.check("""
                FROM alpine:3.20
                # expect: DF004
                ARG NPM_TOKEN
                # expect: DF004
                ENV DB_PASSWORD=hunter2
                # expect: DF004
                ENV stripeApiKey=${KEY}
                # expect: DF004, DF004
                ARG AWS_SECRET_ACCESS_KEY GITHUB_TOKEN
                # expect: DF004
                ENV VITE_OPENAI_API_KEY=$K
                """);
        assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(f.get(1).severity()).isEqualTo(Severity.ERROR);
        assertThat(f.get(1).message()).doesNotContain("hunter2");
        assertThat(f.get(1).location().text()).isEqualTo("DB_PASSWORD");
        assertThat(f).hasSize(6);
    }

    @Test
    void tokensAreWholeWordsNotSubstrings() {
        tester.check("""
                FROM alpine:3.20
                ENV KEYCLOAK_VERSION=24.0 KEYCLOAK_HOME=/opt/keycloak
                ENV NODE_GPG_KEYS="4ED778F539E3634C779C87C6D7062848A1AB005C" GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D
                ENV POSTGRES_PASSWORD_FILE=/run/secrets/pg PASSWORD_MIN_LENGTH=12 TOKEN_URL=https://auth/x
                ENV BYPASS_CACHE=1 PASSENGER_APP_ENV=production MONKEY=1 TOKENIZER=bert
                ARG PUBLIC_KEY_PATH=/etc/key.pub SSH_KEY_FINGERPRINT=abc SECRET_NAME=db-creds
                ENV PWD=/app
                """);
    }

    @Test
    void documentedExampleKeysAreNotCredentials() {
        tester.check("""
                FROM alpine:3.20
                ENV SETTINGS=AKIAIOSFODNN7EXAMPLE
                """);
    }

    @Test
    void credentialValuesAreFoundWhateverTheName() {
        List<Finding> f = tester.check("""
                FROM alpine:3.20
                # expect: DF004
                ENV SETTINGS=AKIAZ7QF3D6W2LKJ4M5N
                # expect: DF004
                ARG REPO_URL=https://deploy:s3cr3tpass@git.example.com/acme/app.git
                # expect: DF004
                LABEL ci.auth="ghp_abcdefghijklmnopqrstuvwxyz0123456789"
                ENV REPO=https://git.example.com/acme/app.git PROXY=http://$USER:$PASS@proxy:3128
                """);
        assertThat(f).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
        assertThat(f.get(1).message()).contains("URL with a password");
    }

    @Test
    void settingsAddAndAllowNames() {
        Settings s = MapSettings.of(Map.of("secret-names", List.of("ACME_LICENSE"),
                "secret-names-allow", List.of("CI_JOB_TOKEN")));
        tester.withSettings(s).check("""
                FROM alpine:3.20
                # expect: DF004
                ARG ACME_LICENSE
                ARG CI_JOB_TOKEN
                """);
    }

    @Test
    void envInAnUnshippedStageSaysSo() {
        Finding f = tester.check("""
                FROM node:22 AS build
                # expect: DF004
                ENV NPM_TOKEN=$T
                FROM nginx:1.27
                """).get(0);
        assertThat(f.message()).contains("not shipped");
    }
}
