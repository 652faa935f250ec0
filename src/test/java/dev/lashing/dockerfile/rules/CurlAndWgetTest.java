package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Finding;
import dev.lashing.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurlAndWgetTest {
    private final RuleTester tester = RuleTester.of(CurlAndWget.class);

    @Test
    void theToolUsedSecondIsReportedOncePerRun() {
        List<Finding> f = tester.check("""
                FROM debian:12
                RUN curl -fsSLO https://example.com/a && curl -fsSLO https://example.com/b
                # expect: SH050
                RUN wget -q https://example.com/c && wget -q https://example.com/d
                RUN curl -fsSLO https://example.com/e
                # expect: SH050
                RUN sh -c 'wget -q https://example.com/f'
                """);
        assertThat(f.get(0).location().text()).isEqualTo("wget");
        assertThat(f.get(0).message()).contains("already uses curl");
    }

    @Test
    void bothInOneRunReportTheLaterOne() {
        tester.check("""
                FROM alpine:3.20
                # expect: SH050
                RUN wget -qO- https://example.com/a | tar x && curl -fsS https://example.com/b
                """);
    }

    @Test
    void stagesAreJudgedSeparately() {
        tester.check("""
                FROM debian:12 AS fetch
                RUN curl -fsSLO https://example.com/a
                FROM alpine:3.20
                RUN wget -q https://example.com/b
                ONBUILD RUN curl -fsSLO https://example.com/c
                """);
    }

    @Test
    void installingOrProbingIsNotAUse() {
        tester.check("""
                FROM debian:12
                RUN apt-get install -y curl wget && command -v wget
                RUN curl -fsSLO https://example.com/a
                """);
    }
}
