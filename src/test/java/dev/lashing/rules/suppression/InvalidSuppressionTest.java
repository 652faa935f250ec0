package dev.lashing.rules.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.dockerfile.rules.RelativeWorkdir;
import dev.lashing.engine.FileResult;
import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class InvalidSuppressionTest {
    private final RuleTester tester = RuleTester.of(RelativeWorkdir.class, InvalidSuppression.class);

    @Test
    void unknownLashingCodeIsReported() {
        FileResult r = tester.lint("""
                FROM alpine:3.20
                # lashing ignore=DF999,relative-workdir
                WORKDIR app
                """);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule().id()).isEqualTo("LA002");
            assertThat(f.location().text()).isEqualTo("DF999");
        });
    }

    @Test
    void unknownHadolintCodesAreNotOurs() {
        FileResult r = tester.lint("""
                FROM alpine:3.20
                # hadolint ignore=SC2086,DL3000
                WORKDIR app
                """);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void malformedDirectiveIsReported() {
        FileResult r = tester.lint("""
                FROM alpine:3.20
                # lashing ignore DF009
                WORKDIR /app
                """);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule().id()).isEqualTo("LA002");
            assertThat(f.message()).startsWith("malformed suppression comment");
        });
    }
}
