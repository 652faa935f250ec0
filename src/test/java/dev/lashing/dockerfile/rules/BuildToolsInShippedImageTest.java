package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Finding;
import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class BuildToolsInShippedImageTest {
    private final RuleTester tester = RuleTester.of(BuildToolsInShippedImage.class);

    @Test
    void buildToolsInTheFinalStageAreFlagged() {
        Finding f = tester.check("""
                FROM python:3.12-slim
                # expect: SH076
                RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev curl
                # expect: SH076
                RUN apk add --no-cache git=2.45.2-r0
                """).get(0);
        assertThat(f.location().text()).isEqualTo("gcc");
        assertThat(f.message()).contains("gcc, libpq-dev").contains("separate stage");
    }

    @Test
    void buildStagesAndRuntimePackagesPass() {
        tester.check("""
                FROM golang:1.23 AS build
                RUN apt-get update && apt-get install -y gcc make git
                FROM debian:12-slim
                RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates libpq5
                COPY --from=build /out/app /app
                """);
    }
}
