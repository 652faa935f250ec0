package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class WgetWithoutProgressTest {
    private final RuleTester tester = RuleTester.of(WgetWithoutProgress.class);

    @Test
    void wgetWithoutAQuietFlagIsFlagged() {
        tester.check("""
                FROM debian:12
                # expect: SH051
                RUN wget https://example.com/a.tgz
                # expect: SH051
                RUN cd /tmp && \\
                    wget -O a.tgz https://example.com/a.tgz
                # expect: SH051
                RUN ["wget", "https://example.com/a.tgz"]
                # expect: SH051
                RUN sudo wget -c https://example.com/a.tgz
                # expect: SH051
                RUN wget $URL
                ONBUILD RUN wget -q https://example.com/a.tgz
                """);
    }

    @Test
    void quietOrLoggedWgetPasses() {
        tester.check("""
                FROM debian:12
                RUN wget --progress=dot:giga https://example.com/a.tgz
                RUN wget -qO- https://example.com/a.tgz | tar xz
                RUN wget -nv https://example.com/a.tgz && wget --no-verbose https://example.com/b.tgz
                RUN wget -o /tmp/log https://example.com/a.tgz && wget --append-output=/tmp/log https://x.io/b
                RUN wget --quiet https://example.com/a.tgz && wget --version && wget $WGET_OPTS https://x.io
                RUN apt-get install -y wget
                """);
    }

    @Test
    void heredocsAreUnderstood() {
        tester.check("""
                FROM debian:12
                # expect: SH051
                RUN <<EOF
                set -e
                wget https://example.com/a.tgz
                EOF
                """);
    }
}
