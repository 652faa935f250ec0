package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class DnfInstallWithoutYesTest {
    private final RuleTester tester = RuleTester.of(DnfInstallWithoutYes.class);

    @Test
    void dnfWithoutYesIsFlagged() {
        tester.check("""
                FROM fedora:40
                # expect: SH031
                RUN dnf install httpd
                # expect: SH031
                RUN dnf --setopt=tsflags=nodocs install python3
                # expect: SH031
                RUN dnf5 -x foo install bar
                # expect: SH031
                RUN env LANG=C /usr/bin/dnf group install core
                """);
    }

    @Test
    void yesOrOtherVerbsPass() {
        tester.check("""
                FROM fedora:40
                RUN dnf install -y httpd
                RUN microdnf -y install python3
                RUN dnf --assumeyes localinstall x.rpm
                RUN dnf clean all
                RUN yum install x -y
                RUN dnf --setopt assumeyes=True install x
                """);
    }

    @Test
    void microdnfAlwaysAssumesYes() {
        tester.check("""
                FROM oraclelinux:9-slim
                RUN microdnf install gzip tar && microdnf clean all
                """);
    }

    @Test
    void fixInsertsYes() {
        tester.fixes("""
                FROM fedora:40
                RUN dnf install python3 && dnf clean all
                """, """
                FROM fedora:40
                RUN dnf install -y python3 && dnf clean all
                """, false);
    }
}
