package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CopyThenDeleteTest {
    private final RuleTester tester = RuleTester.of(CopyThenDelete.class);

    @Test
    void deletingACopiedFileIsFlagged() {
        assertThat(tester.check("""
                FROM debian:12
                COPY app.deb /tmp/
                COPY secrets.env /run/secrets.env
                # expect: DF063, DF063
                RUN dpkg -i /tmp/app.deb && rm -f /tmp/app.deb /run/secrets.env
                """).get(0).message()).contains("line 2");
    }

    @Test
    void buildStagesBindMountsAndOtherPathsPass() {
        tester.check("""
                FROM debian:12 AS build
                COPY app.deb /tmp/
                RUN rm /tmp/app.deb
                FROM debian:12
                RUN --mount=type=bind,source=app.deb,target=/tmp/app.deb dpkg -i /tmp/app.deb
                COPY run.sh /usr/local/bin/
                RUN rm -rf /var/lib/apt/lists/*
                """);
    }
}
