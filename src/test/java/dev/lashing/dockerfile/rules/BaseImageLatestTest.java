package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Finding;
import dev.lashing.core.Severity;
import dev.lashing.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaseImageLatestTest {
    private final RuleTester tester = RuleTester.of(BaseImageLatest.class);

    @Test
    void untaggedAndLatestAreFlagged() {
        List<Finding> f = tester.check("""
                # expect: DF002
                FROM alpine
                # expect: DF002
                FROM ghcr.io/acme/app:latest AS app
                # expect: DF002
                FROM localhost:5000/tools
                """);
        assertThat(f.get(0).message()).contains("alpine has no tag");
        assertThat(f.get(1).message()).contains(":latest");
    }

    @Test
    void pinnedTagsDigestsScratchAndStagesPass() {
        tester.check("""
                FROM alpine:3.20 AS base
                FROM base
                FROM scratch
                FROM debian@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                FROM nginx:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                FROM localhost:5000/tools:1.2
                """);
    }

    @Test
    void argDefaultsAreResolved() {
        tester.check("""
                ARG BASE=alpine
                ARG TAG=3.20
                # expect: DF002
                FROM ${BASE}
                FROM ${BASE}:${TAG}
                """);
    }

    @Test
    void buildArgsOverrideDefaults() {
        tester.withBuildArgs(Map.of("TAG", "latest")).check("""
                ARG TAG=3.20
                # expect: DF002
                FROM alpine:${TAG}
                """);
    }

    @Test
    void unknownRegistryDoesNotHideTheTag() {
        tester.check("""
                ARG REGISTRY
                FROM ${REGISTRY}/alpine:3.20
                # expect: DF002
                FROM ${REGISTRY}/alpine
                # expect: DF002
                FROM $REGISTRY/alpine:latest
                """);
    }

    @Test
    void unresolvableTagIsReportedAsUndecidable() {
        List<Finding> f = tester.check("""
                ARG IMAGE
                ARG TAG
                # expect: DF002
                FROM ${IMAGE}
                # expect: DF002
                FROM alpine:${TAG}
                """);
        assertThat(f).allSatisfy(x -> {
            assertThat(x.severity()).isEqualTo(Severity.INFO);
            assertThat(x.message()).startsWith("cannot tell");
        });
    }

    @Test
    void findingCoversTheImageReference() {
        Finding f = tester.check("""
                # expect: DF002
                FROM --platform=$BUILDPLATFORM node AS build
                """).get(0);
        assertThat(f.location().text()).isEqualTo("node");
    }
}
