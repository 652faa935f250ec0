package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.config.MapSettings;
import dev.lashing.testing.RuleTester;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelNotInSchemaTest {
    private final RuleTester tester = RuleTester.of(LabelNotInSchema.class).withSettings(MapSettings.of(Map.of(
            "strict-labels", true, "label-schema", Map.of("org.opencontainers.image.source", "url"))));

    @Test
    void labelsOutsideTheSchemaAreFlaggedWhenStrict() {
        assertThat(tester.check("""
                FROM alpine:3.20 AS build
                LABEL stage=build
                FROM alpine:3.20
                # expect: DF043
                LABEL org.opencontainers.image.source=https://x.io org.opencontainers.image.sources=https://x.io
                ONBUILD LABEL other=1
                """).get(0).location().text()).isEqualTo("org.opencontainers.image.sources");
    }

    @Test
    void silentWhenNotStrict() {
        RuleTester.of(LabelNotInSchema.class).withSettings(MapSettings.of(Map.of(
                "label-schema", Map.of("a", "text")))).check("""
                FROM alpine:3.20
                LABEL b=1
                """);
    }

    @Test
    void strictWithAnEmptySchemaFlagsEveryLabel() {
        RuleTester.of(LabelNotInSchema.class).withSettings(MapSettings.of(Map.of("strict-labels", true))).check("""
                FROM alpine:3.20
                # expect: DF043, DF043
                LABEL a=1 b=2
                """);
    }
}
