package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class SecretInEnvTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(SecretInEnv.class);

    @Test
    void aLiteralSecretIsAnErrorWithTheValueMasked() {
        assertThat(tester.check(RuntimeRuleTester.docker().env("DB_PASSWORD", "s3cr3t-pa55w0rd",
                "-e DB_PASSWORD=s3cr3t-pa55w0rd"))).singleElement().satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.ERROR);
                    assertThat(r.target()).isEqualTo("-e DB_PASSWORD=s3c************").doesNotContain("pa55");
                    assertThat(r.message()).contains("DB_PASSWORD (`-e DB_PASSWORD=s3c************`)",
                            "/run/secrets/db_password").doesNotContain("s3cr3t");
                });
        assertThat(tester.check(RuntimeRuleTester.compose().env("API_TOKEN", "abcdef123456", "API_TOKEN: abcdef123456")))
                .singleElement().satisfies(r -> assertThat(r.message()).contains("`secrets: [api_token]`"));
        assertThat(tester.check(RuntimeRuleTester.kubernetes().env("API_KEY", "abcdef123456", "value: abcdef123456")))
                .singleElement().satisfies(r -> assertThat(r.message()).contains("secretKeyRef"));
        assertThat(tester.check(RuntimeRuleTester.quadlet().env("SECRET_KEY", "abcdef123456",
                "Environment=SECRET_KEY=abcdef123456"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("`Secret=secret_key` (a podman secret)"));
    }

    @Test
    void aKnownCredentialFormatIsReportedWhateverTheName() {
        assertThat(tester.check(RuntimeRuleTester.docker().env("DATABASE_URL", "postgres://app:hunter22@db/app",
                "-e DATABASE_URL=postgres://app:hunter22@db/app"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("holds a URL with a password"));
    }

    @Test
    void aUrlWhosePasswordIsAPlaceholderHoldsNoSecret() {
        // coder's compose.yaml: postgresql://${POSTGRES_USER:-username}:${POSTGRES_PASSWORD:-password}@database/coder
        assertThat(tester.check(RuntimeRuleTester.compose().env("CODER_PG_CONNECTION_URL",
                "postgresql://username:password@database/coder?sslmode=disable",
                "CODER_PG_CONNECTION_URL: postgresql://username:password@database/coder?sslmode=disable"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().env("DATABASE_URL", "mysql://app:changeme@db/app",
                "-e DATABASE_URL=mysql://app:changeme@db/app"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().env("DATABASE_URL", "mysql://password:s3cr3t-x@db/app",
                "-e DATABASE_URL=mysql://password:s3cr3t-x@db/app"))).hasSize(1);
    }

    @Test
    void valuesFromEnvFilesAreWarnings() {
        assertThat(tester.check(RuntimeRuleTester.docker().with("--env-file app.env", (b, at) -> b.env.add(
                at.explicit(new dev.lashing.runtime.model.EnvVar("DB_PASSWORD", java.util.Optional.of("s3cr3t-pa55"),
                        "env file app.env")))))).singleElement().satisfies(r -> {
                            assertThat(r.severity()).isEqualTo(Severity.WARNING);
                            assertThat(r.message()).contains("read from env file app.env");
                        });
    }

    @Test
    void referencesPlaceholdersAndOrdinaryValuesPass() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().envFrom("DB_PASSWORD", "secretKeyRef db/password",
                "valueFrom: {secretKeyRef: {name: db, key: password}}"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().envFrom("DB_PASSWORD", "host environment", "-e DB_PASSWORD")))
                .isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().env("DB_PASSWORD_FILE", "/run/secrets/db",
                "DB_PASSWORD_FILE: /run/secrets/db"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().env("DB_PASSWORD", "changeme", "DB_PASSWORD: changeme")))
                .isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().env("LOG_LEVEL", "debug", "LOG_LEVEL: debug"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().with("DB_PASSWORD: ${DB_PASSWORD}",
                (b, at) -> b.env.add(at.unresolved())))).isEmpty();
    }

    @Test
    void placeholdersTheSecretScanKnowsAreNotSecretsHereEither() {
        // kubernetes/examples' etcd controller: "value: INSERT_ETCD_INITIAL_CLUSTER_TOKEN"
        assertThat(tester.check(RuntimeRuleTester.kubernetes().env("ETCD_INITIAL_CLUSTER_TOKEN",
                "INSERT_ETCD_INITIAL_CLUSTER_TOKEN", "value: INSERT_ETCD_INITIAL_CLUSTER_TOKEN"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().env("API_KEY", "your-api-key-here",
                "API_KEY: your-api-key-here"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().env("DB_PASSWORD", "example-password",
                "DB_PASSWORD: example-password"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().env("DB_PASSWORD", "hunter2-prod",
                "DB_PASSWORD: hunter2-prod"))).hasSize(1);
    }

    @Test
    void aSwitchAboutAPasswordIsNotAPassword() {
        // bitnami's ALLOW_EMPTY_PASSWORD=yes, the mysql image's MYSQL_RANDOM_ROOT_PASSWORD=1
        assertThat(tester.check(RuntimeRuleTester.compose().env("ALLOW_EMPTY_PASSWORD", "yes",
                "- ALLOW_EMPTY_PASSWORD=yes"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().env("MYSQL_RANDOM_ROOT_PASSWORD", "1",
                "-e MYSQL_RANDOM_ROOT_PASSWORD=1"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes().env("MARIADB_ALLOW_EMPTY_ROOT_PASSWORD", "no",
                "value: \"no\""))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.quadlet().env("SKIP_PASSWORD", "off",
                "Environment=SKIP_PASSWORD=off"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().env("REDIS_PASSWORD", "yes-indeed",
                "REDIS_PASSWORD: yes-indeed"))).hasSize(1);
    }

    @Test
    void theSecretNamesSettingsApply() {
        tester.setting("secret-names-allow", java.util.List.of("DB_PASSWORD"));
        assertThat(tester.check(RuntimeRuleTester.docker().env("DB_PASSWORD", "s3cr3t-pa55", "-e DB_PASSWORD=s3cr3t-pa55")))
                .isEmpty();
    }
}
