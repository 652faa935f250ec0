package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.config.MapSettings;
import dev.lashing.core.Finding;
import dev.lashing.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelSchemaInvalidTest {
    private final RuleTester tester = RuleTester.of(LabelSchemaInvalid.class).withSettings(MapSettings.of(Map.of(
            "label-schema", Map.of("title", "text", "source", "url", "created", "rfc3339", "licenses", "spdx",
                    "revision", "hash", "version", "semver", "maintainer", "email"))));

    @Test
    void invalidValuesAreFlaggedPerType() {
        List<Finding> f = tester.check("""
                FROM alpine:3.20
                # expect: DF044
                LABEL title=""
                # expect: DF044
                LABEL source="github.com/acme/app"
                # expect: DF044
                LABEL created="2024-05-01 12:00"
                # expect: DF044
                LABEL licenses="Apache-2.0 OR"
                # expect: DF044
                LABEL revision=ABCDEF1
                # expect: DF044
                LABEL version=v1.2.0
                # expect: DF044
                LABEL maintainer="Jane <jane@example.com>"
                """);
        assertThat(f.get(0).message()).contains("is empty");
        assertThat(f.get(3).message()).contains("SPDX");
        assertThat(f.get(5).location().text()).isEqualTo("v1.2.0");
    }

    @Test
    void validValuesPass() {
        tester.check("""
                FROM alpine:3.20
                ARG VERSION
                ARG REV=0123456789abcdef0123456789abcdef01234567
                LABEL title="My app" source=https://github.com/acme/app created=2024-05-01T12:00:00.5+02:00
                LABEL licenses="(MIT OR Apache-2.0) AND GPL-2.0-or-later WITH Classpath-exception-2.0"
                LABEL revision=$REV version=1.2.0-rc.1+build.5 maintainer=jane@example.com
                LABEL version=$VERSION licenses=LicenseRef-acme other=""
                """);
    }

    @Test
    void onlyTheShippedImageIsJudged() {
        tester.check("""
                FROM alpine:3.20 AS build
                LABEL version=latest
                FROM alpine:3.20
                # expect: DF044
                LABEL version=1.0
                """);
    }

    @Test
    void typeChecks() {
        assertThat(LabelSchema.problem("rfc3339", "2024-02-30T00:00:00Z")).isPresent();
        assertThat(LabelSchema.problem("rfc3339", "2024-02-29t00:00:00z")).isEmpty();
        assertThat(LabelSchema.problem("spdx", "MIT+")).isEmpty();
        assertThat(LabelSchema.problem("spdx", "Made-Up-1.0")).isPresent();
        assertThat(LabelSchema.problem("spdx", "(MIT")).isPresent();
        assertThat(LabelSchema.problem("hash", "abc1234")).isEmpty();
        assertThat(LabelSchema.problem("hash", "abc12345")).isPresent();
        assertThat(LabelSchema.problem("url", "https://example.com/x?y=1")).isEmpty();
        assertThat(LabelSchema.problem("url", "urn:isbn:0451450523")).isEmpty();
        assertThat(LabelSchema.problem("url", "https://")).isPresent();
        assertThat(LabelSchema.problem("url", "https://example.com/a b")).isPresent();
        assertThat(LabelSchema.problem("url", "https://example.com/%zz")).isPresent();
        assertThat(LabelSchema.problem("email", "a.b+c@sub.example.org")).isEmpty();
        assertThat(LabelSchema.problem("semver", "01.2.3")).isPresent();
        assertThat(LabelSchema.problem("unknown-type", "x")).isEmpty();
    }
}
