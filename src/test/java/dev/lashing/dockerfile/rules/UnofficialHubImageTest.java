package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.config.MapSettings;
import dev.lashing.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnofficialHubImageTest {
    private final RuleTester tester = RuleTester.of(UnofficialHubImage.class);

    @Test
    void userNamespacesOnDockerHubAreFlagged() {
        assertThat(tester.check("""
                ARG TOOLS=someone/tools:1
                # expect: DF046
                FROM someuser/node-with-tools:latest AS build
                # expect: DF046
                COPY --from=docker.io/evil/bin:1 /bin/x /x
                ARG TOOLS
                # expect: DF046
                RUN --mount=from=$TOOLS,target=/t true
                """).get(0).message()).contains("namespace \"someuser\"");
    }

    @Test
    void officialImagesOtherRegistriesStagesAndTrustedNamespacesPass() {
        RuleTester.of(UnofficialHubImage.class).withSettings(MapSettings.of(Map.of(
                "trusted-hub-namespaces", List.of("Bitnami")))).check("""
                ARG UNKNOWN
                FROM alpine:3.20 AS base
                FROM docker.io/library/debian:12
                FROM bitnami/redis:7
                FROM ghcr.io/someone/tool:1
                FROM $UNKNOWN/tool:1
                COPY --from=base /a /a
                RUN --mount=type=cache,target=/c true
                """);
    }
}
