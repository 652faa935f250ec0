package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class OverriddenHealthcheckTest {
    private final RuleTester tester = RuleTester.of(OverriddenHealthcheck.class);

    @Test
    void earlierHealthchecksIncludingNoneAreFlagged() {
        tester.check("""
                FROM nginx:1.27
                # expect: DF012
                HEALTHCHECK NONE
                # expect: DF012
                HEALTHCHECK CMD curl -f http://localhost/ || exit 1
                HEALTHCHECK --interval=30s CMD wget -qO- http://localhost/ || exit 1
                """);
    }

    @Test
    void oneHealthcheckPerStageIsFine() {
        tester.check("""
                FROM nginx:1.27 AS a
                HEALTHCHECK CMD true
                FROM a
                HEALTHCHECK CMD false
                """);
    }

    @Test
    void fixDeletesTheOverriddenHealthcheck() {
        tester.fixes("""
                FROM nginx:1.27
                HEALTHCHECK CMD true
                HEALTHCHECK CMD false
                """, """
                FROM nginx:1.27
                HEALTHCHECK CMD false
                """, false);
    }
}
