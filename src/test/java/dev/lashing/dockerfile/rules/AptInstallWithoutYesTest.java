package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AptInstallWithoutYesTest {
    private final RuleTester tester = RuleTester.of(AptInstallWithoutYes.class);

    @Test
    void installWithoutYesIsFlagged() {
        assertThat(tester.check("""
                FROM debian:12
                # expect: SH010
                RUN apt-get update && apt-get install --no-install-recommends curl
                # expect: SH010
                RUN apt install -q git
                # expect: SH010
                RUN sh -c 'apt-get install make'
                # expect: SH010
                RUN sudo apt-get -o Dpkg::Options::=--force-confold install vim
                # expect: SH010
                ONBUILD RUN apt-get install gcc
                """).get(0).location().text()).isEqualTo("install");
    }

    @Test
    void everySpellingOfYesPasses() {
        tester.check("""
                FROM debian:12
                RUN apt-get install -y curl
                RUN apt-get install curl --yes
                RUN apt-get --assume-yes install curl
                RUN apt-get install -qy curl
                RUN apt-get install -qq curl
                RUN apt-get -q -q install curl
                RUN apt-get install -q=2 curl
                RUN apt-get install --quiet --quiet curl
                RUN apt-get -o APT::Get::Assume-Yes=true install curl
                RUN yes | apt-get install curl
                RUN if apt-get install -s "pg-$V-jit" > /dev/null 2>&1; then apt-get install -y "pg-$V-jit"; fi
                RUN apt-get update && apt-get upgrade && apt-get remove vim
                """);
    }

    @Test
    void aptConfigurationWrittenEarlierPasses() {
        tester.check("""
                FROM debian:12
                RUN echo 'APT::Get::Assume-Yes "true";' > /etc/apt/apt.conf.d/90yes
                RUN apt-get install curl
                """);
        tester.check("""
                FROM debian:12
                RUN apt-get -o APT::Get::Assume-Yes=true install curl
                # expect: SH010
                RUN apt-get install git
                """);
    }

    @Test
    void optionValuesAreNotCountedAsQuietFlags() {
        tester.check("""
                FROM debian:12
                # expect: SH010
                RUN apt-get -oAPT::quiet=0 -q install curl
                """);
    }

    @Test
    void fixInsertsYes() {
        tester.fixes("""
                FROM debian:12
                RUN apt-get update \\
                 && apt-get install \\
                      curl
                """, """
                FROM debian:12
                RUN apt-get update \\
                 && apt-get install -y \\
                      curl
                """, true);
        String noFix = """
                FROM debian:12
                RUN ["apt-get", "install", "curl"]
                RUN bash -c "apt-get install git"
                """;
        tester.fixes(noFix, noFix, true);
    }
}
