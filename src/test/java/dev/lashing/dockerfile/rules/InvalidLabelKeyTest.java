package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class InvalidLabelKeyTest {
    private final RuleTester tester = RuleTester.of(InvalidLabelKey.class);

    @Test
    void keysBreakingTheFormatAreFlagged() {
        tester.check("""
                FROM alpine:3.20
                # expect: DF024
                LABEL Version="1.2.3"
                # expect: DF024
                LABEL com.docker.owner=me
                # expect: DF024
                LABEL org..example=x
                # expect: DF024
                LABEL org.example.=x
                # expect: DF024
                LABEL "1abc"=x
                """);
    }

    @Test
    void wellFormedAndUnknownKeysAreFine() {
        tester.check("""
                FROM alpine:3.20
                LABEL org.opencontainers.image.version="1.2.3" \\
                      maintainer="me" a/b_c-d.e=1 "quoted.key"=x
                LABEL ${UNKNOWN}=x
                """);
    }
}
