package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class MaintainerDeprecatedTest {
    private final RuleTester tester = RuleTester.of(MaintainerDeprecated.class);

    @Test
    void maintainerIsFlagged() {
        tester.check("""
                FROM alpine:3.20
                # expect: DF005
                MAINTAINER Jane Doe <jane@example.com>
                LABEL maintainer="Jane"
                """);
    }

    @Test
    void fixWritesAnEquivalentLabel() {
        tester.fixes("""
                FROM alpine:3.20
                MAINTAINER Jane "JD" Doe <jane@example.com> $HOME
                maintainer bob
                """, """
                FROM alpine:3.20
                LABEL maintainer="Jane \\"JD\\" Doe <jane@example.com> \\$HOME"
                label maintainer="bob"
                """, true);
    }

    @Test
    void fixIsUnsafeSoPlainFixLeavesIt() {
        String text = """
                FROM alpine:3.20
                MAINTAINER bob
                """;
        tester.fixes(text, text, false);
    }

    @Test
    void fixUsesTheBacktickEscape() {
        tester.fixes("""
                # escape=`
                FROM mcr.microsoft.com/windows/servercore:ltsc2022
                MAINTAINER C:\\Users\\bob
                """, """
                # escape=`
                FROM mcr.microsoft.com/windows/servercore:ltsc2022
                LABEL maintainer="C:\\Users\\bob"
                """, true);
    }
}
