package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AttackerToolsInShippedImageTest {
    private final RuleTester tester = RuleTester.of(AttackerToolsInShippedImage.class);

    @Test
    void attackerToolsInTheShippedImageAreFlagged() {
        tester.check("""
                FROM debian:12-slim
                # expect: SH077, SH077
                RUN apt-get update && apt-get install -y --no-install-recommends curl netcat-openbsd ca-certificates
                """);
    }

    @Test
    void buildStagesPass() {
        tester.check("""
                FROM debian:12 AS fetch
                RUN apt-get update && apt-get install -y curl
                FROM gcr.io/distroless/static-debian12
                COPY --from=fetch /x /x
                """);
    }
}
