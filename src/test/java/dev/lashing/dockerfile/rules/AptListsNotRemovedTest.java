package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AptListsNotRemovedTest {
    private final RuleTester tester = RuleTester.of(AptListsNotRemoved.class);

    @Test
    void updateWithoutCleanupIsFlagged() {
        assertThat(tester.check("""
                FROM debian:12
                # expect: SH004
                RUN apt-get update && apt-get install -y curl
                # expect: SH004
                RUN apt update
                """).get(0).location().text()).isEqualTo("apt-get update");
    }

    @Test
    void cleanupOrCacheMountPasses() {
        tester.check("""
                FROM debian:12
                RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
                RUN apt-get update && apt-get install -y git; rm -r /var/lib/apt/lists
                RUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get update && apt-get install -y x
                RUN --mount=type=cache,target=/var/lib/apt/ apt-get update
                RUN apt-get update && apt-get install -y y && apt-get dist-clean
                """);
    }

    @Test
    void onlyShippedStagesMatter() {
        tester.check("""
                FROM debian:12 AS build
                RUN apt-get update && apt-get install -y gcc
                FROM debian:12 AS base
                # expect: SH004
                RUN apt-get update
                FROM base
                COPY --from=build /out /out
                """);
    }

    @Test
    void fixAppendsTheCleanup() {
        tester.fixes("""
                FROM debian:12
                RUN apt-get update \\
                 && apt-get install -y curl
                """, """
                FROM debian:12
                RUN apt-get update \\
                 && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
                """, true);
        String heredoc = """
                FROM debian:12
                RUN <<EOF
                apt-get update
                EOF
                """;
        tester.fixes(heredoc, heredoc, true);
        String trailing = """
                FROM debian:12
                RUN apt-get update;
                """;
        tester.fixes(trailing, trailing, true);
    }
}
