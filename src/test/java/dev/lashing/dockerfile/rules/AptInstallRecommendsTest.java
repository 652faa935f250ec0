package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AptInstallRecommendsTest {
    private final RuleTester tester = RuleTester.of(AptInstallRecommends.class);

    @Test
    void installWithoutTheFlagIsFlagged() {
        tester.check("""
                FROM debian:12
                # expect: SH003
                RUN apt-get update && apt-get install -y curl
                # expect: SH003
                RUN apt install -qy git
                # expect: SH003
                RUN sh -c 'apt-get install -y make'
                """);
    }

    @Test
    void flagAnywhereOrAptConfigurationPasses() {
        tester.check("""
                FROM debian:12
                RUN apt-get install -y curl --no-install-recommends
                RUN apt-get -o APT::Install-Recommends=false install -y git
                RUN apt-get update && apt-get remove -y vim
                """);
        tester.check("""
                FROM debian:12
                RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/99norecommends
                RUN apt-get install -y curl
                """);
    }

    @Test
    void recommendsExplicitlyEnabledIsFlagged() {
        tester.check("""
                FROM debian:12
                # expect: SH003
                RUN apt-get -o APT::Install-Recommends=true install -y git
                """);
    }

    @Test
    void fixInsertsTheFlag() {
        tester.fixes("""
                FROM debian:12
                RUN apt-get update \\
                 && apt-get install -y \\
                      curl
                """, """
                FROM debian:12
                RUN apt-get update \\
                 && apt-get install --no-install-recommends -y \\
                      curl
                """, true);
        String exec = """
                FROM debian:12
                RUN ["apt-get", "install", "-y", "curl"]
                """;
        tester.fixes(exec, exec, true);
    }
}
