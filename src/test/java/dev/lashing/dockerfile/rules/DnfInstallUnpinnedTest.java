package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class DnfInstallUnpinnedTest {
    private final RuleTester tester = RuleTester.of(DnfInstallUnpinned.class);

    @Test
    void packagesWithoutVersionAreFlagged() {
        tester.check("""
                FROM fedora:40
                # expect: SH038
                RUN dnf install -y httpd
                # expect: SH038
                RUN microdnf install -y python3 && microdnf clean all
                # expect: SH038
                RUN dnf5 -y module install postgresql
                """);
    }

    @Test
    void versionsAndGroupsPass() {
        tester.check("""
                FROM fedora:40
                RUN dnf install -y httpd-2.4.62 python3-3.12.7-1.fc40
                RUN dnf -y group install "C Development Tools"
                RUN dnf -y module install postgresql:16
                RUN yum install -y httpd
                """);
    }
}
