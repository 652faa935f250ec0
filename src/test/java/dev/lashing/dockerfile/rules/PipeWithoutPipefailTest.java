package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class PipeWithoutPipefailTest {
    private final RuleTester tester = RuleTester.of(PipeWithoutPipefail.class);

    @Test
    void pipesWithoutPipefailAreFlagged() {
        tester.check("""
                FROM debian:12
                # expect: SH006
                RUN wget -O - https://example.com/a.tgz | tar xz
                # expect: SH006
                RUN make 2>&1 | tee build.log && set -o pipefail
                """);
    }

    @Test
    void pipefailInShellOrScriptPasses() {
        tester.check("""
                FROM debian:12
                RUN set -euo pipefail; curl -fsSL https://x | tar xz
                RUN set -o pipefail && wget -O - https://x | gzip -d > y
                SHELL ["/bin/bash", "-o", "pipefail", "-c"]
                RUN curl -fsSL https://x | tar xz
                """);
    }

    @Test
    void shellResetsAtEachStage() {
        tester.check("""
                FROM debian:12 AS a
                SHELL ["/bin/bash", "-o", "pipefail", "-c"]
                FROM debian:12
                # expect: SH006
                RUN curl -fsSL https://x | tar xz
                """);
    }

    @Test
    void harmlessProducersExecFormAndPowershellPass() {
        tester.check("""
                FROM debian:12
                RUN echo "deb http://x stable main" | tee /etc/apt/sources.list.d/x.list
                RUN printf 'a\\nb\\n' | sort
                RUN ["sh", "-c", "curl x | tar xz"]
                FROM mcr.microsoft.com/windows/servercore:ltsc2022
                SHELL ["powershell", "-Command"]
                RUN Get-ChildItem | Select-Object Name
                """);
    }

    @Test
    void fixAddsABashShellOncePerStageWhereBashIsKnown() {
        tester.fixes("""
                FROM debian:12
                RUN curl -fsSL https://x | tar xz
                RUN wget -O - https://y | gzip -d > y
                """, """
                FROM debian:12
                SHELL ["/bin/bash", "-o", "pipefail", "-c"]
                RUN curl -fsSL https://x | tar xz
                RUN wget -O - https://y | gzip -d > y
                """, true);
        String alpine = """
                FROM alpine:3.22
                RUN wget -O - https://x | tar xz
                """;
        tester.fixes(alpine, alpine, true);
        String commented = """
                FROM debian:12
                # download the release
                RUN curl -fsSL https://x | tar xz
                """;
        tester.fixes(commented, commented, true);
        String trigger = """
                FROM debian:12
                ONBUILD RUN curl -fsSL https://x | tar xz
                """;
        tester.fixes(trigger, trigger, true);
    }
}
