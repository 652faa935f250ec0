package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.config.MapSettings;
import dev.lashing.core.Finding;
import dev.lashing.core.Severity;
import dev.lashing.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UntrustedRegistryTest {
    private final RuleTester tester = RuleTester.of(UntrustedRegistry.class)
            .withSettings(MapSettings.of(Map.of("trusted-registries",
                    List.of("docker.io", "*.corp.example", "ghcr.io/acme*"))));

    @Test
    void silentWithoutTheSetting() {
        RuleTester.of(UntrustedRegistry.class).check("""
                FROM quay.io/evil/image:1
                COPY --from=gcr.io/x/y:1 /a /a
                """);
    }

    @Test
    void imagesFromOtherRegistriesAreFlagged() {
        List<Finding> f = tester.check("""
                # expect: DF040
                FROM quay.io/evil/image:1 AS build
                # expect: DF040
                COPY --from=gcr.io/x/y:1 /a /a
                # expect: DF040
                RUN --mount=type=bind,from=registry.other.io/tools:2,target=/t make
                """);
        assertThat(f.get(0).location().text()).isEqualTo("quay.io/evil/image:1");
        assertThat(f.get(0).message()).contains("registry quay.io");
        assertThat(f.get(1).location().text()).isEqualTo("gcr.io/x/y:1");
    }

    @Test
    void trustedRegistriesStagesAndScratchPass() {
        tester.check("""
                FROM alpine:3.20 AS base
                FROM docker.io/library/debian:12
                FROM index.docker.io/acme/app:1
                FROM mirror.corp.example/alpine:3.20 AS build
                FROM ghcr.io/acme-tools/builder:1
                FROM scratch
                COPY --from=build /a /a
                COPY --from=0 /a /b
                COPY --from=nginx:1.27 /a /c
                RUN --mount=from=base,target=/b true
                RUN --mount=type=cache,target=/root/.cache true
                """);
    }

    @Test
    void patternsMatchSuffixPrefixAndStar() {
        assertThat(UntrustedRegistry.matches("*", "quay.io")).isTrue();
        assertThat(UntrustedRegistry.matches("*.corp.example", "a.corp.example")).isTrue();
        assertThat(UntrustedRegistry.matches("*.corp.example", "corp.example.evil")).isFalse();
        assertThat(UntrustedRegistry.matches("ghcr*", "ghcr.io")).isTrue();
        assertThat(UntrustedRegistry.matches("ghcr.io", "ghcr.io.evil")).isFalse();
    }

    @Test
    void argumentsAreResolvedOrReportedAsUnknown() {
        List<Finding> f = tester.check("""
                ARG REG=quay.io
                ARG IMAGE
                ARG TAG
                # expect: DF040
                FROM $REG/app:1
                # expect: DF040
                FROM $IMAGE
                FROM alpine:$TAG
                # expect: DF040
                FROM quay.io/app:$TAG
                FROM mirror.corp.example/$IMAGE
                """);
        assertThat(f.get(1).severity()).isEqualTo(Severity.INFO);
        assertThat(f.get(1).message()).startsWith("cannot tell");
        assertThat(f.get(2).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void patternsWithASlashMatchRepositories() {
        RuleTester t = RuleTester.of(UntrustedRegistry.class)
                .withSettings(MapSettings.of(Map.of("trusted-registries",
                        List.of("docker.io/library/*", "ghcr.io/acme/*"))));
        t.check("""
                ARG NAME
                FROM alpine:3.20
                FROM ghcr.io/acme/app:1
                # expect: DF040
                FROM someone/alpine:3.20
                # expect: DF040
                FROM ghcr.io/other/app:1
                # expect: DF040
                FROM ghcr.io/$NAME/app:1
                """);
    }

    @Test
    void onbuildTriggersAreChecked() {
        tester.check("""
                FROM alpine:3.20
                # expect: DF040
                ONBUILD COPY --from=quay.io/x/y:1 /a /a
                """);
    }
}
