package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class BaseImageNotDigestPinnedTest {
    private final RuleTester tester = RuleTester.of(BaseImageNotDigestPinned.class);

    @Test
    void shippedTagOnlyBasesAreFlagged() {
        tester.check("""
                FROM golang:1.23 AS build
                # expect: DF067
                FROM gcr.io/distroless/static-debian12:nonroot
                """);
    }

    @Test
    void digestsScratchAndStagesPass() {
        tester.check("""
                FROM debian:12@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef AS base
                FROM base
                """);
        tester.check("""
                FROM scratch
                """);
    }
}
