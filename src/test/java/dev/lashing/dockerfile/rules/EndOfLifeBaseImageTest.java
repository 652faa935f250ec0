package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.config.MapSettings;
import dev.lashing.core.Finding;
import dev.lashing.core.Severity;
import dev.lashing.data.EndOfLife;
import dev.lashing.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndOfLifeBaseImageTest {
    private final RuleTester tester = RuleTester.of(EndOfLifeBaseImage.class)
            .withSettings(MapSettings.of(Map.of("eol-date", "2026-11-23")));

    @Test
    void endOfLifeReleasesAreFlagged() {
        List<Finding> f = tester.check("""
                # expect: DF069
                FROM node:14-alpine AS build
                # expect: DF069, DF069
                FROM python:3.8-slim-buster
                """);
        assertThat(f.get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(f.get(0).message()).contains("node 14", "2023-04-30", "build stage");
        assertThat(f).extracting(Finding::message).anyMatch(m -> m.contains("debian 10"));
        assertThat(f.get(1).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void codenamesVersionsAndCentos() {
        tester.check("""
                # expect: DF069
                FROM ubuntu:bionic
                # expect: DF069
                FROM debian:9.13-slim
                # expect: DF069
                FROM centos:centos7
                # expect: DF069
                FROM eclipse-temurin:17-focal
                """);
    }

    @Test
    void supportedReleasesPass() {
        tester.check("""
                FROM python:3.12-slim-bookworm AS a
                FROM node:22
                FROM debian:12
                FROM ubuntu:24.04
                FROM alpine:3.22
                FROM golang
                FROM acme/python:3.6
                """);
    }

    @Test
    void endingSoonIsAnnounced() {
        Finding f = RuleTester.of(EndOfLifeBaseImage.class).withSettings(MapSettings.of(Map.of("eol-date", "2026-10-01")))
                .check("""
                        # expect: DF069
                        FROM alpine:3.21
                        """).get(0);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.message()).contains("reaches its end of life on 2026-11-01");
    }

    @Test
    void theTableIsWellFormed() {
        assertThat(EndOfLife.all()).hasSizeGreaterThan(50);
        assertThat(EndOfLife.find("python", "3.8")).isPresent();
        assertThat(EndOfLife.byCodename("bookworm").orElseThrow().version()).isEqualTo("12");
    }
}
