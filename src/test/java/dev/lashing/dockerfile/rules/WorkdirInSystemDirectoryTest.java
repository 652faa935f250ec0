package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class WorkdirInSystemDirectoryTest {
    private final RuleTester tester = RuleTester.of(WorkdirInSystemDirectory.class);

    @Test
    void systemDirectoriesAreFlagged() {
        tester.check("""
                FROM alpine:3.20
                # expect: DF025
                WORKDIR /proc
                # expect: DF025
                WORKDIR /dev/app
                ARG DIR=/sys//kernel
                # expect: DF025
                WORKDIR $DIR
                # expect: DF025
                WORKDIR /app/../boot/x
                """);
    }

    @Test
    void ordinaryDirectoriesAreFine() {
        tester.check("""
                FROM alpine:3.20
                WORKDIR /app
                WORKDIR /devtools
                WORKDIR /usr/src/proc
                WORKDIR $UNKNOWN
                """);
    }
}
