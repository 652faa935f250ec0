package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CodeOwnedByRuntimeUserTest {
    private final RuleTester tester = RuleTester.of(CodeOwnedByRuntimeUser.class);

    @Test
    void codeOwnedByTheRuntimeUserIsReported() {
        tester.check("""
                FROM node:22-slim
                # expect: DF073
                COPY --chown=10001:10001 . /app
                # expect: DF073
                RUN chown -R 10001 /app /srv/data
                USER 10001
                """);
    }

    @Test
    void rootOwnedCodeDataDirsAndOtherUsersPass() {
        tester.check("""
                FROM node:22-slim
                COPY . /app
                COPY --chown=10001 seed.db /data/seed.db
                RUN chown -R 10001:0 /var/lib/app && chown -R 2000 /opt/tool
                USER 10001
                """);
        tester.check("""
                FROM node:22-slim
                COPY --chown=10001 . /app
                """);
    }
}
