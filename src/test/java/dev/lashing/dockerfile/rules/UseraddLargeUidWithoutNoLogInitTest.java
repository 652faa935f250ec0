package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UseraddLargeUidWithoutNoLogInitTest {
    private final RuleTester tester = RuleTester.of(UseraddLargeUidWithoutNoLogInit.class);

    @Test
    void largeUidWithoutNoLogInitIsFlagged() {
        assertThat(tester.check("""
                FROM debian:12
                ARG APP_UID=2000000
                # expect: SH054
                RUN useradd -u 1000000 -m app
                # expect: SH054
                RUN groupadd -g 100001 app && \\
                    useradd --uid=100001 -g app app
                # expect: SH054
                RUN useradd -u $APP_UID app2
                # expect: SH054
                RUN sh -c 'useradd -u 123456 app3'
                # expect: SH054
                ONBUILD RUN sudo useradd -mu 123456 app4
                """).get(0).location().text()).isEqualTo("1000000");
    }

    @Test
    void smallUidsNoLogInitAndUnknownValuesPass() {
        tester.check("""
                FROM debian:12
                ARG UNKNOWN
                RUN useradd -u 10001 -m app
                RUN useradd -l -u 1000000 app2 && useradd --no-log-init --uid 1000000 app3
                RUN useradd -rlu 1000000 app4
                RUN useradd -u $UNKNOWN app5 && useradd -m app6
                """);
    }

    @Test
    void fixAddsNoLogInit() {
        tester.fixes("""
                FROM debian:12
                RUN useradd -u 1000000 -m app
                """, """
                FROM debian:12
                RUN useradd -l -u 1000000 -m app
                """, true);
        String nested = """
                FROM debian:12
                RUN sh -c 'useradd -u 1000000 -m app'
                RUN ["useradd", "-u", "1000000", "app"]
                """;
        tester.fixes(nested, nested, true);
    }
}
