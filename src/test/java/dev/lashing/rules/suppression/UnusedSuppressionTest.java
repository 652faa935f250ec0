package dev.lashing.rules.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Finding;
import dev.lashing.dockerfile.rules.LastUserIsRoot;
import dev.lashing.dockerfile.rules.RelativeWorkdir;
import dev.lashing.engine.FileResult;
import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UnusedSuppressionTest {
    private final RuleTester tester = RuleTester.of(RelativeWorkdir.class, LastUserIsRoot.class,
            UnusedSuppression.class, InvalidSuppression.class);

    @Test
    void usedSuppressionsAreSilent() {
        FileResult r = tester.lint("""
                FROM alpine:3.20
                # lashing ignore=DF009 -- legacy layout
                WORKDIR app
                # hadolint ignore=DL3002
                USER root
                """);
        assertThat(r.findings()).isEmpty();
        assertThat(r.suppressed()).isEqualTo(2);
    }

    @Test
    void unusedCodeIsReportedOnTheCode() {
        FileResult r = tester.lint("""
                FROM alpine:3.20
                USER app
                # lashing ignore=DF009,DF001
                WORKDIR app
                """);
        assertThat(r.findings()).extracting(f -> f.rule().id()).containsExactly("LA001");
        Finding f = r.findings().get(0);
        assertThat(f.location().text()).isEqualTo("DF001");
        assertThat(f.location().start().line()).isEqualTo(3);
    }

    @Test
    void hadolintCodesAreReportedWithTheRulesTheyName() {
        FileResult r = tester.lint("""
                FROM alpine:3.20
                # hadolint ignore=DL3000
                WORKDIR /app
                USER app
                """);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule().id()).isEqualTo("LA001");
            assertThat(f.message()).contains("DL3000 (DF009)");
        });
    }

    @Test
    void codesOfRulesThatDidNotRunAreNotJudged() {
        FileResult r = RuleTester.of(UnusedSuppression.class).lint("""
                FROM alpine:3.20
                # lashing ignore=DF009
                WORKDIR /app
                """);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void fixRemovesTheCodeOrTheWholeComment() {
        tester.fixes("""
                FROM alpine:3.20
                USER app
                # lashing ignore=DF001,DF009
                WORKDIR app
                # lashing ignore=DF009
                WORKDIR /srv
                """, """
                FROM alpine:3.20
                USER app
                # lashing ignore=DF009
                WORKDIR app
                WORKDIR /srv
                """, false);
        tester.fixes("""
                FROM alpine:3.20
                USER app
                # lashing ignore=DF009, DF001 -- both unused
                WORKDIR /app
                """, """
                FROM alpine:3.20
                USER app
                WORKDIR /app
                """, false);
    }

    @Test
    void globalIgnoreOfTheMetaRuleSilencesIt() {
        FileResult r = tester.lint("""
                # lashing global ignore=LA001
                FROM alpine:3.20
                USER app
                # lashing ignore=DF009
                WORKDIR /app
                """);
        assertThat(r.findings()).isEmpty();
    }
}
