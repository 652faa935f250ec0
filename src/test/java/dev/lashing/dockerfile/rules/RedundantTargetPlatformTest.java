package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class RedundantTargetPlatformTest {
    private final RuleTester tester = RuleTester.of(RedundantTargetPlatform.class);

    @Test
    void targetPlatformFlagIsFlagged() {
        tester.check("""
                # expect: DF019
                FROM --platform=$TARGETPLATFORM alpine:3.20 AS a
                # expect: DF019
                FROM --platform=${TARGETPLATFORM} alpine:3.20
                """);
    }

    @Test
    void otherPlatformsAreFine() {
        tester.check("""
                FROM --platform=$BUILDPLATFORM golang:1.23 AS build
                FROM --platform=linux/$TARGETARCH alpine:3.20
                """);
    }

    @Test
    void fixRemovesTheFlag() {
        tester.fixes("""
                FROM --platform=$TARGETPLATFORM alpine:3.20
                FROM --platform=${TARGETPLATFORM} \\
                    alpine:3.20 AS b
                """, """
                FROM alpine:3.20
                FROM \\
                    alpine:3.20 AS b
                """, false);
    }
}
