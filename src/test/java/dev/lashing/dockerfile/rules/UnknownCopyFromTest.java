package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Finding;
import dev.lashing.core.Severity;
import dev.lashing.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownCopyFromTest {
    private final RuleTester tester = RuleTester.of(UnknownCopyFrom.class);

    @Test
    void misspeltStageNameIsAnUntaggedImagePull() {
        List<Finding> f = tester.check("""
                FROM golang:1.23 AS builder
                FROM alpine:3.20
                # expect: DF015
                COPY --from=build /out/app /app
                """);
        assertThat(f.get(0).message()).contains("build:latest", "stages: builder", "--build-context build=");
        assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void badIndexAndInvalidReferenceAreErrors() {
        List<Finding> f = tester.check("""
                FROM golang:1.23 AS builder
                FROM alpine:3.20
                # expect: DF015
                COPY --from=3 /a /b
                # expect: DF015
                COPY --from=5 /a /b
                # expect: DF015
                COPY --from=bad//ref /a /b
                # expect: DF015
                COPY --from= /a /b
                """);
        assertThat(f).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void laterStageIsAWarningAndUnknownVariableCannotBeTold() {
        List<Finding> f = tester.check("""
                FROM alpine:3.20 AS first
                # expect: DF015
                COPY --from=second /a /b
                ARG SRC
                # expect: DF015
                COPY --from=${SRC} /a /b
                FROM alpine:3.20 AS second
                """);
        assertThat(f.get(1).severity()).isEqualTo(Severity.INFO);
        assertThat(f.get(1).message()).startsWith("cannot tell");
    }

    @Test
    void earlierStagesIndexesAndTaggedImagesAreFine() {
        tester.check("""
                ARG BASE=builder
                FROM golang:1.23 AS builder
                FROM alpine:3.20
                ARG BASE
                COPY --from=builder /a /b
                COPY --from=BUILDER /a /b
                COPY --from=0 /a /b
                COPY --from=$BASE /a /b
                COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/
                COPY --from=ghcr.io/acme/tools /bin/tool /bin/
                COPY --from=alpine@sha256:0123456789abcdef /etc/os-release /
                COPY /a /b
                """);
    }
}
