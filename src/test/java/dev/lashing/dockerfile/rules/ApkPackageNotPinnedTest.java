package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ApkPackageNotPinnedTest {
    private final RuleTester tester = RuleTester.of(ApkPackageNotPinned.class);

    @Test
    void eachUnpinnedPackageIsFlaggedAtItsWord() {
        assertThat(tester.check("""
                FROM alpine:3.20
                # expect: SH016, SH016
                RUN apk add --no-cache --virtual .build-deps curl=8.9.1-r0 gcc musl-dev~1.2 make
                # expect: SH016
                RUN apk -X https://dl-cdn.alpinelinux.org/alpine/edge/testing add --no-cache tini
                # expect: SH016
                ONBUILD RUN apk add --no-cache git
                """).get(0).location().text()).isEqualTo("gcc");
    }

    @Test
    void constraintsFilesExclusionsAndVariablesPass() {
        tester.check("""
                FROM alpine:3.20
                RUN apk add --no-cache curl=8.9.1-r0 git~2.45 'openssl>3' 'zlib<2' ./local.apk !pyc $runDeps
                RUN apk del .build-deps && apk update && apk info
                """);
    }
}
