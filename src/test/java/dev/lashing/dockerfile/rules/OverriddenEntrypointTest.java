package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class OverriddenEntrypointTest {
    private final RuleTester tester = RuleTester.of(OverriddenEntrypoint.class);

    @Test
    void earlierEntrypointsOfAStageAreFlagged() {
        tester.check("""
                FROM python:3.12-slim
                # expect: DF010
                ENTRYPOINT ["python", "-m", "old"]
                COPY . /app
                ENTRYPOINT ["python", "-m", "app"]
                """);
    }

    @Test
    void entrypointsInDifferentStagesOrTriggersAreFine() {
        tester.check("""
                FROM python:3.12-slim AS base
                ENTRYPOINT ["python"]
                FROM base
                ONBUILD ENTRYPOINT ["x"]
                ENTRYPOINT ["python", "-m", "app"]
                """);
    }

    @Test
    void fixDeletesTheOverriddenEntrypoint() {
        tester.fixes("""
                FROM alpine:3.20
                ENTRYPOINT ["/old"]
                RUN echo hi
                ENTRYPOINT ["/new"]
                """, """
                FROM alpine:3.20
                RUN echo hi
                ENTRYPOINT ["/new"]
                """, false);
    }
}
