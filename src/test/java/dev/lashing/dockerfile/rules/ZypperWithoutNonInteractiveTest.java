package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ZypperWithoutNonInteractiveTest {
    private final RuleTester tester = RuleTester.of(ZypperWithoutNonInteractive.class);

    @Test
    void changingVerbsWithoutNonInteractiveAreFlagged() {
        assertThat(tester.check("""
                FROM opensuse/leap:15.6
                # expect: SH032
                RUN zypper install curl
                # expect: SH032
                RUN zypper --root /mnt in curl
                # expect: SH032, SH032
                RUN zypper rm vim && zypper -q source-install x
                # expect: SH032
                RUN zypper patch
                # expect: SH032
                RUN sh -c 'zypper si foo'
                """).get(0).location().text()).isEqualTo("install");
    }

    @Test
    void nonInteractiveInAnySpellingOrReadOnlyVerbsPass() {
        tester.check("""
                FROM opensuse/leap:15.6
                RUN zypper -n install curl
                RUN zypper --non-interactive in curl
                RUN zypper install -y curl
                RUN zypper rm --no-confirm vim
                RUN zypper -qn patch
                RUN zypper refresh && zypper search curl
                RUN zypper clean --all
                """);
    }

    @Test
    void fixInsertsTheGlobalOptionAfterZypper() {
        tester.fixes("""
                FROM opensuse/leap:15.6
                RUN zypper --quiet install curl \\
                 && /usr/bin/zypper rm vim
                """, """
                FROM opensuse/leap:15.6
                RUN zypper -n --quiet install curl \\
                 && /usr/bin/zypper -n rm vim
                """, true);
        String inString = """
                FROM opensuse/leap:15.6
                RUN sh -c 'zypper install curl'
                """;
        tester.fixes(inString, inString, true);
    }
}
