package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ZypperDistUpgradeTest {
    private final RuleTester tester = RuleTester.of(ZypperDistUpgrade.class);

    @Test
    void distUpgradeIsFlagged() {
        assertThat(tester.check("""
                FROM opensuse/tumbleweed
                # expect: SH036
                RUN zypper -n dist-upgrade
                # expect: SH036
                RUN zypper refresh && zypper --non-interactive dup --no-recommends
                # expect: SH036
                RUN ["zypper", "dup", "-y"]
                """).get(0).location().text()).isEqualTo("dist-upgrade");
    }

    @Test
    void updatesAndOtherWordsPass() {
        tester.check("""
                FROM opensuse/leap:15.6
                RUN zypper -n update && zypper -n patch
                RUN echo zypper dup
                RUN zypper -n install dup
                """);
    }
}
