package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class SlimVariantAvailableTest {
    private final RuleTester tester = RuleTester.of(SlimVariantAvailable.class);

    @Test
    void fullSizeFinalImagesAreFlagged() {
        tester.check("""
                # expect: DF068
                FROM python:3.12
                """);
        tester.check("""
                FROM node:22 AS build
                # expect: DF068
                FROM node:22-bookworm
                """);
    }

    @Test
    void slimAlpineBuildStagesAndOtherImagesPass() {
        tester.check("""
                FROM python:3.12 AS build
                FROM python:3.12-slim
                """);
        tester.check("""
                FROM node:22-alpine
                """);
        tester.check("""
                FROM nginx:1.27
                """);
    }
}
