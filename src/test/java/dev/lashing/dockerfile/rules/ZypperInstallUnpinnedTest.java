package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ZypperInstallUnpinnedTest {
    private final RuleTester tester = RuleTester.of(ZypperInstallUnpinned.class);

    @Test
    void packagesWithoutVersionAreFlagged() {
        tester.check("""
                FROM opensuse/leap:15.6
                # expect: SH039
                RUN zypper -n install curl
                # expect: SH039, SH039
                RUN zypper -n in -t package git-core 'vim>=9' httpd-2.4
                """);
    }

    @Test
    void versionsFilesAndPatternsPass() {
        tester.check("""
                FROM opensuse/leap:15.6
                RUN zypper -n install curl=8.6.0 'vim>=9' 'git<3' /tmp/x.rpm
                RUN zypper -n in -t pattern devel_basis
                RUN zypper -n remove curl
                """);
    }
}
