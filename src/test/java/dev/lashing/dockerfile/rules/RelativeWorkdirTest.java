package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class RelativeWorkdirTest {
    private final RuleTester tester = RuleTester.of(RelativeWorkdir.class);

    @Test
    void relativePathsAreFlagged() {
        tester.check("""
                FROM alpine:3.20
                # expect: DF009
                WORKDIR app
                ENV SUB=src
                # expect: DF009
                WORKDIR ${SUB}/x
                """);
    }

    @Test
    void absolutePathsPass() {
        tester.check("""
                FROM alpine:3.20
                WORKDIR /app
                ENV HOME_DIR=/home/app
                WORKDIR $HOME_DIR/src
                WORKDIR "/quoted path"
                WORKDIR C:\\app
                """);
    }

    @Test
    void unknownVariableIsUndecidable() {
        assertThat(tester.check("""
                FROM alpine:3.20
                # expect: DF009
                WORKDIR $APP_HOME
                """).get(0).severity()).isEqualTo(Severity.INFO);
    }
}
