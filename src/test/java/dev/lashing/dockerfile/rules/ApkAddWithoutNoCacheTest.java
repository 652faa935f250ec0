package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ApkAddWithoutNoCacheTest {
    private final RuleTester tester = RuleTester.of(ApkAddWithoutNoCache.class);

    @Test
    void addWithoutNoCacheIsFlagged() {
        assertThat(tester.check("""
                FROM alpine:3.20
                # expect: SH012
                RUN apk update && apk add curl
                # expect: SH012
                RUN apk --update add -t .build-deps gcc
                # expect: SH012
                RUN sh -c 'apk add -U git'
                # expect: SH012
                RUN ["apk", "add", "make"]
                # expect: SH012
                RUN rm -rf /var/cache/apk/* && apk add -U tini
                """).get(0).location().text()).isEqualTo("add");
    }

    @Test
    void noCacheMountOrCleanupPasses() {
        tester.check("""
                FROM alpine:3.20
                RUN apk add --no-cache curl
                RUN apk --no-cache add -t .deps gcc && apk del .deps
                RUN --mount=type=cache,target=/var/cache/apk apk add -U git
                RUN --mount=type=tmpfs,target=/var/cache/apk/ apk add -U git
                RUN apk add -U tini && rm -rf /var/cache/apk/*
                RUN apk del curl && apk info
                RUN apk add --no-network --virtual .rundeps $runDeps
                """);
    }

    @Test
    void onlyShippedStagesMatter() {
        tester.check("""
                FROM alpine:3.20 AS build
                RUN apk add -U gcc
                FROM alpine:3.20
                # expect: SH012
                RUN apk add -U ca-certificates
                COPY --from=build /out /out
                """);
    }

    @Test
    void fixInsertsNoCache() {
        tester.fixes("""
                FROM alpine:3.20
                RUN apk update \\
                 && apk add curl
                """, """
                FROM alpine:3.20
                RUN apk update \\
                 && apk add --no-cache curl
                """, true);
        String noFix = """
                FROM alpine:3.20
                RUN ["apk", "add", "make"]
                RUN sh -c 'apk add -U git'
                """;
        tester.fixes(noFix, noFix, true);
    }
}
