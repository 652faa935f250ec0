package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.config.MapSettings;
import dev.lashing.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MissingOciLabelsTest {
    private final RuleTester tester = RuleTester.of(MissingOciLabels.class);

    @Test
    void missingLabelsAreListed() {
        assertThat(tester.check("""
                # expect: DF065
                FROM alpine:3.22
                LABEL org.opencontainers.image.source=https://github.com/acme/app
                """).get(0).message()).contains("version").contains("revision").doesNotContain(".source");
    }

    @Test
    void labelsInParentStagesAndVariablesCount() {
        tester.check("""
                FROM alpine:3.22 AS base
                ARG VERSION=1.0 REVISION=abc
                LABEL org.opencontainers.image.source=https://x org.opencontainers.image.version=$VERSION
                FROM base
                LABEL org.opencontainers.image.revision=$REVISION
                """);
    }

    @Test
    void requiredLabelsAreConfigurable() {
        RuleTester.of(MissingOciLabels.class).withSettings(MapSettings.of(Map.of("required-labels", List.of("team"))))
                .check("""
                        # expect: DF065
                        FROM alpine:3.22
                        LABEL org.opencontainers.image.source=https://x
                        """);
    }
}
