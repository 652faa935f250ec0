package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UserNotHighNumericUidTest {
    private final RuleTester tester = RuleTester.of(UserNotHighNumericUid.class);

    @Test
    void aNameInTheFinalImageIsFlagged() {
        assertThat(tester.check("""
                FROM debian:12 AS build
                USER builder
                FROM debian:12
                USER 10001
                # expect: DF041
                USER app:app
                """).get(0).message()).contains("user name \"app\"");
    }

    @Test
    void aLowUidIsFlaggedEvenWhenInherited() {
        tester.check("""
                FROM debian:12 AS base
                # expect: DF041
                USER 1000
                FROM base
                RUN true
                """);
    }

    @Test
    void highUidsRootAndUnknownValuesPass() {
        tester.check("""
                FROM debian:12
                USER 10001:0
                """);
        tester.check("""
                FROM debian:12
                USER root
                """);
        tester.check("""
                FROM debian:12
                ARG UID
                USER ${UID}
                """);
        tester.check("""
                FROM debian:12
                ARG UID=65532
                USER $UID
                """);
        tester.check("""
                FROM debian:12
                """);
    }
}
