package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ReservedStageNameTest {
    private final RuleTester tester = RuleTester.of(ReservedStageName.class);

    @Test
    void scratchAndContextAreFlagged() {
        tester.check("""
                # expect: DF020
                FROM alpine:3.20 AS Scratch
                # expect: DF020
                FROM alpine:3.20 AS context
                """);
    }

    @Test
    void otherNamesAndFromScratchAreFine() {
        tester.check("""
                FROM scratch AS base
                FROM alpine:3.20 AS scratchpad
                FROM scratch
                """);
    }
}
