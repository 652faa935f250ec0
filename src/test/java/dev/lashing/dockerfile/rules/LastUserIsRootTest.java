package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Finding;
import dev.lashing.core.Severity;
import dev.lashing.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LastUserIsRootTest {
    private final RuleTester tester = RuleTester.of(LastUserIsRoot.class);

    @Test
    void explicitRootInFinalStage() {
        List<Finding> f = tester.check("""
                FROM alpine:3.20
                RUN adduser -D app
                # expect: DF001
                USER root
                """);
        assertThat(f.get(0).message()).contains("last USER is \"root\"");
    }

    @Test
    void numericRootWithGroup() {
        tester.check("""
                FROM alpine:3.20
                # expect: DF001
                USER 0:0
                """);
    }

    @Test
    void noUserAtAllFlagsTheFinalFrom() {
        List<Finding> f = tester.check("""
                FROM golang:1.22 AS build
                USER root
                FROM build AS test
                # expect: DF001
                FROM alpine:3.20
                COPY --from=build /app /app
                """);
        assertThat(f.get(0).message()).contains("no USER in the final image").contains("alpine");
    }

    @Test
    void rootInBuildStagesIsFine() {
        tester.check("""
                FROM golang:1.22 AS build
                USER root
                FROM alpine:3.20
                USER 10001
                """);
    }

    @Test
    void userInheritedFromParentStage() {
        List<Finding> f = tester.check("""
                FROM alpine:3.20 AS base
                # expect: DF001
                USER root
                FROM base
                RUN echo
                """);
        assertThat(f.get(0).message()).contains("inherited from stage \"base\"");
        tester.check("""
                FROM alpine:3.20 AS base
                USER app
                FROM base
                """);
    }

    @Test
    void scratchWithoutUserRunsAsUidZero() {
        tester.check("""
                # expect: DF001
                FROM scratch
                COPY app /app
                """);
    }

    @Test
    void knownNonRootBaseIsFine() {
        tester.check("FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\n");
    }

    @Test
    void unresolvedUserIsReportedAsUndecidableAtInfo() {
        List<Finding> f = tester.check("""
                FROM alpine:3.20
                ARG RUNTIME_USER
                # expect: DF001
                USER $RUNTIME_USER
                """);
        assertThat(f.get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(f.get(0).message()).startsWith("cannot tell");
        assertThat(tester.withBuildArgs(Map.of("RUNTIME_USER", "app")).lint(
                "FROM alpine:3.20\nARG RUNTIME_USER\nUSER $RUNTIME_USER\n").findings()).isEmpty();
    }

    @Test
    void userFromArgDefaultIsResolved() {
        tester.check("""
                FROM alpine:3.20
                ARG UID=0
                # expect: DF001
                USER ${UID}
                """);
    }

    @Test
    void suppressedByLashingAndHadolintComments() {
        tester.check("""
                FROM alpine:3.20
                # lashing ignore=DF001 -- the entrypoint drops privileges with su-exec
                USER root
                """);
        tester.check("""
                FROM alpine:3.20
                # hadolint ignore=DL3002
                USER root
                """);
    }
}
