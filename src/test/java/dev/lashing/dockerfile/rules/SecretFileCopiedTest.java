package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class SecretFileCopiedTest {
    private final RuleTester tester = RuleTester.of(SecretFileCopied.class);

    @Test
    void credentialFilesAreFlagged() {
        assertThat(tester.check("""
                FROM node:22-slim
                # expect: DF062
                COPY .env /app/.env
                # expect: DF062
                COPY .npmrc package.json /app/
                # expect: DF062
                ADD id_rsa /root/.ssh/id_rsa
                # expect: DF062
                COPY certs/server.key /etc/tls/
                # expect: DF062
                COPY .aws/ /root/.aws/
                """).get(0).message()).contains(".env");
    }

    @Test
    void publicAndExampleFilesPass() {
        tester.check("""
                FROM node:22-slim
                COPY .env.example /app/
                COPY certs/ca-cert.pem certs/id_rsa.pub /etc/tls/
                COPY --from=build /app/.env /tmp/unused
                COPY package.json /app/
                """);
    }
}
