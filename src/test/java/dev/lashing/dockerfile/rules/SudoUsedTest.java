package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class SudoUsedTest {
    private final RuleTester tester = RuleTester.of(SudoUsed.class);

    @Test
    void sudoCommandsAreFlaggedWhereverTheyAre() {
        assertThat(tester.check("""
                FROM debian:12
                # expect: SH002
                RUN sudo apt-get update
                # expect: SH002
                RUN make && (cd x && sudo -u app make install)
                # expect: SH002
                RUN ["sudo", "true"]
                """).get(0).location().text()).isEqualTo("sudo");
    }

    @Test
    void installingSudoIsFlagged() {
        tester.check("""
                FROM debian:12
                # expect: SH002
                RUN apt-get install -y --no-install-recommends curl sudo
                # expect: SH002
                RUN apk add --no-cache sudo=1.9.15-r0
                """);
    }

    @Test
    void wordsThatMerelyMentionSudoPass() {
        tester.check("""
                FROM debian:12
                RUN find / -name sudo -delete
                RUN echo "no sudo here" && apt-get purge -y sudo
                RUN useradd -G sudoers app
                """);
    }
}
