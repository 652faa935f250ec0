package dev.lashing.dockerfile.rules;

import dev.lashing.config.MapSettings;
import dev.lashing.testing.RuleTester;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaLabelMissingTest {
    private final RuleTester tester = RuleTester.of(SchemaLabelMissing.class).withSettings(MapSettings.of(Map.of(
            "label-schema", Map.of("org.opencontainers.image.source", "url", "maintainer", "email"))));

    @Test
    void silentWithoutASchema() {
        RuleTester.of(SchemaLabelMissing.class).check("""
                FROM alpine:3.20
                """);
    }

    @Test
    void eachMissingLabelIsReportedAtTheFinalFrom() {
        tester.check("""
                FROM alpine:3.20 AS build
                LABEL maintainer=a@example.com
                # expect: DF042, DF042
                FROM alpine:3.20
                RUN true
                """);
    }

    @Test
    void labelsOfShippedParentStagesCount() {
        tester.check("""
                FROM alpine:3.20 AS base
                LABEL "org.opencontainers.image.source"="https://github.com/acme/app"
                FROM base
                ARG MAIL=team@example.com
                LABEL maintainer=$MAIL
                """);
        tester.check("""
                FROM alpine:3.20
                LABEL maintainer=a@example.com
                # expect: DF042
                FROM alpine:3.20
                LABEL maintainer=a@example.com
                """);
    }

    @Test
    void anUnresolvedKeyMakesTheRuleSilent() {
        tester.check("""
                FROM alpine:3.20
                ARG KEY
                LABEL $KEY=x maintainer=a@example.com
                """);
    }
}
