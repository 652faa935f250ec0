package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class SshPortExposedTest {
    private final RuleTester tester = RuleTester.of(SshPortExposed.class);

    @Test
    void port22InTheShippedImageIsFlagged() {
        tester.check("""
                FROM ubuntu:24.04 AS base
                # expect: DF027
                EXPOSE 22/tcp
                FROM base
                ARG SSH=22
                # expect: DF027
                EXPOSE 8080 $SSH
                """);
    }

    @Test
    void buildStagesOtherPortsAndRangesAreFine() {
        tester.check("""
                FROM ubuntu:24.04 AS build
                EXPOSE 22
                FROM alpine:3.20
                EXPOSE 2222 220 22/udp 20-30 $PORT
                """);
    }
}
