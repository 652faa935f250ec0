package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Finding;
import dev.lashing.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverriddenCmdTest {
    private final RuleTester tester = RuleTester.of(OverriddenCmd.class);

    @Test
    void everyCmdButTheLastOfAStageIsFlagged() {
        List<Finding> f = tester.check("""
                FROM node:22-slim
                # expect: DF011
                CMD ["npm", "start"]
                # expect: DF011
                CMD npm run dev
                COPY . /app
                CMD ["node", "/app/server.js"]
                """);
        assertThat(f.get(0).message()).contains("line 7");
    }

    @Test
    void oneCmdPerStageIsFine() {
        tester.check("""
                FROM golang:1.23 AS build
                CMD ["go", "test"]
                FROM build AS test
                CMD ["go", "vet"]
                FROM alpine:3.20
                ONBUILD CMD ["a"]
                CMD ["b"]
                """);
    }

    @Test
    void continuationLinesAreDeletedWithTheInstruction() {
        tester.fixes("""
                FROM alpine:3.20
                # the old command
                CMD ["sh", \\
                     "-c", "echo old"]
                ENTRYPOINT ["tini", "--"]
                CMD ["echo", "new"]
                """, """
                FROM alpine:3.20
                # the old command
                ENTRYPOINT ["tini", "--"]
                CMD ["echo", "new"]
                """, false);
    }

    @Test
    void lastLineWithoutNewlineIsDeleted() {
        tester.fixes("FROM alpine:3.20\nCMD a\nCMD b", "FROM alpine:3.20\nCMD b", false);
    }
}
