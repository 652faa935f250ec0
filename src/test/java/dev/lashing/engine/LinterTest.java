package dev.lashing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.InputError;
import dev.lashing.dockerfile.rules.RelativeWorkdir;
import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class LinterTest {
    private final RuleTester tester = RuleTester.of(RelativeWorkdir.class);

    @Test
    void afterASyntaxErrorTheRestOfTheFileIsStillLinted() {
        FileResult r = tester.lint("""
                FROM alpine:3.20
                COPY --from build /a /b
                WORKDIR app
                """);
        assertThat(r.errors()).extracting(InputError::describe).singleElement().asString()
                .startsWith("Dockerfile:2:");
        assertThat(r.findings()).extracting(f -> f.rule().id()).containsExactly("DF009");
    }

    @Test
    void unknownInstructionBeforeFromIsOneError() {
        assertThat(tester.lint("BOGUS x\nFROM alpine:3.20\n").errors()).extracting(InputError::message)
                .containsExactly("unknown instruction: BOGUS");
    }

    @Test
    void syntaxErrorsAreCappedPerFile() {
        FileResult r = tester.lint("x\n".repeat(100) + "FROM alpine:3.20\n");
        assertThat(r.errors()).hasSize(Linter.MAX_SYNTAX_ERRORS + 1);
        assertThat(r.errors().get(Linter.MAX_SYNTAX_ERRORS).message()).startsWith("80 more syntax errors");
    }
}
