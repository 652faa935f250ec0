package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class MissingHealthcheckTest {
    private final RuleTester tester = RuleTester.of(MissingHealthcheck.class);

    @Test
    void finalStageWithoutHealthcheck() {
        assertThat(tester.check("""
                FROM golang:1.22 AS build
                HEALTHCHECK CMD true
                # expect: DF008
                FROM nginx:1.27
                """).get(0).message()).contains("unless its base image nginx defines one");
    }

    @Test
    void healthcheckInFinalOrParentStagePasses() {
        tester.check("""
                FROM nginx:1.27 AS base
                HEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1
                FROM base
                RUN echo
                """);
    }

    @Test
    void healthcheckNoneIsFlagged() {
        tester.check("""
                FROM nginx:1.27
                # expect: DF008
                HEALTHCHECK NONE
                """);
    }
}
