package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Finding;
import dev.lashing.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateStageNameTest {
    private final RuleTester tester = RuleTester.of(DuplicateStageName.class);

    @Test
    void secondUseOfANameIsFlaggedCaseInsensitively() {
        List<Finding> f = tester.check("""
                FROM golang:1.23 AS build
                RUN go build ./...
                # expect: DF013
                FROM node:22 AS Build
                # expect: DF013
                FROM node:22 as build
                """);
        assertThat(f.get(0).message()).contains("line 1");
    }

    @Test
    void distinctOrMissingNamesAreFine() {
        tester.check("""
                FROM golang:1.23 AS build
                FROM node:22 AS web
                FROM alpine:3.20
                FROM alpine:3.20
                """);
    }
}
