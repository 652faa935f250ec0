package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class FinalImageHasShellTest {
    private final RuleTester tester = RuleTester.of(FinalImageHasShell.class);

    @Test
    void fullDistributionBasesAreReported() {
        tester.check("""
                FROM golang:1.25 AS build
                # expect: DF072
                FROM debian:12-slim
                """);
    }

    @Test
    void distrolessScratchAndChainguardPass() {
        tester.check("""
                FROM golang:1.25 AS build
                FROM gcr.io/distroless/static-debian12:nonroot
                """);
        tester.check("""
                FROM scratch
                """);
        tester.check("""
                FROM cgr.dev/chainguard/static:latest
                """);
    }
}
