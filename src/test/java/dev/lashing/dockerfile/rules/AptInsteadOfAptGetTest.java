package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AptInsteadOfAptGetTest {
    private final RuleTester tester = RuleTester.of(AptInsteadOfAptGet.class);

    @Test
    void aptIsFlaggedAtItsName() {
        assertThat(tester.check("""
                FROM debian:12
                # expect: SH011, SH011
                RUN apt update && apt install -y curl
                # expect: SH011
                RUN sudo apt remove -y vim
                # expect: SH011
                RUN sh -c 'apt-get update && apt autoremove -y'
                # expect: SH011
                RUN ["apt", "install", "-y", "git"]
                # expect: SH011
                ONBUILD RUN apt install -y make
                """).get(0).location().text()).isEqualTo("apt");
    }

    @Test
    void queryVerbsNameTheRightTool() {
        assertThat(tester.check("""
                FROM debian:12
                # expect: SH011
                RUN apt search curl
                """).get(0).message()).contains("apt-cache search");
    }

    @Test
    void aptGetAndOtherCommandsPass() {
        tester.check("""
                FROM debian:12
                RUN apt-get update && apt-get install -y curl && apt-cache policy curl
                RUN rm -rf /var/lib/apt/lists/* && echo apt install
                """);
    }

    @Test
    void fixRenamesTheCommand() {
        tester.fixes("""
                FROM debian:12
                RUN apt update && apt install -y curl \\
                 && apt upgrade -y && apt full-upgrade -y
                """, """
                FROM debian:12
                RUN apt-get update && apt-get install -y curl \\
                 && apt-get upgrade --with-new-pkgs -y && apt-get dist-upgrade -y
                """, true);
        String noFix = """
                FROM debian:12
                RUN apt list --installed && /usr/bin/apt install -y x && sh -c 'apt install -y y'
                RUN ["apt", "install", "-y", "git"]
                """;
        tester.fixes(noFix, noFix, true);
    }
}
