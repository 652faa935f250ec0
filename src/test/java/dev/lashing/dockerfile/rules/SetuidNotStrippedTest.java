package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class SetuidNotStrippedTest {
    private final RuleTester tester = RuleTester.of(SetuidNotStripped.class);

    @Test
    void installsWithoutStrippingAreFlagged() {
        tester.check("""
                FROM debian:12-slim
                # expect: SH079
                RUN apt-get update && apt-get install -y --no-install-recommends curl
                """);
    }

    @Test
    void strippingOrNoInstallsPass() {
        tester.check("""
                FROM debian:12-slim
                RUN apt-get update && apt-get install -y curl
                RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} + || true
                """);
        tester.check("""
                FROM debian:12-slim
                COPY app /app
                """);
    }
}
