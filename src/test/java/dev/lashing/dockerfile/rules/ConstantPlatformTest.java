package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ConstantPlatformTest {
    private final RuleTester tester = RuleTester.of(ConstantPlatform.class);

    @Test
    void constantPlatformsAreFlagged() {
        tester.check("""
                # expect: DF018
                FROM --platform=linux/amd64 golang:1.23 AS build
                # expect: DF018
                FROM --platform="linux/arm64" alpine:3.20
                """);
    }

    @Test
    void variablePlatformsAndNoFlagAreFine() {
        tester.check("""
                ARG PLATFORM=linux/amd64
                FROM --platform=$BUILDPLATFORM golang:1.23 AS build
                FROM --platform=${TARGETPLATFORM} alpine:3.20 AS a
                FROM --platform=linux/$TARGETARCH alpine:3.20 AS b
                FROM --platform=$PLATFORM alpine:3.20 AS c
                FROM alpine:3.20
                """);
    }
}
