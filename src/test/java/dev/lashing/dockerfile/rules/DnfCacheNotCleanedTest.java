package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class DnfCacheNotCleanedTest {
    private final RuleTester tester = RuleTester.of(DnfCacheNotCleaned.class);

    @Test
    void installWithoutLaterCleanupIsFlagged() {
        tester.check("""
                FROM fedora:40
                # expect: SH034
                RUN dnf install -y httpd
                # expect: SH034
                RUN microdnf install -y python3 && microdnf clean metadata
                # expect: SH034
                RUN dnf5 -y upgrade
                # expect: SH034
                RUN dnf clean all && dnf -y group install core
                """);
    }

    @Test
    void cleanupOrCacheMountPasses() {
        tester.check("""
                FROM fedora:40
                RUN dnf install -y httpd && dnf clean all
                RUN microdnf install -y python3 && microdnf clean all
                RUN dnf5 install -y x && rm -rf /var/cache/libdnf5*
                RUN dnf install -y x && rm -rf /var/cache/dnf
                RUN --mount=type=cache,target=/var/cache/dnf dnf install -y x
                RUN --mount=type=cache,target=/var/cache/libdnf5 dnf5 install -y x
                RUN --mount=type=cache,target=/var/cache/yum microdnf install -y x
                RUN dnf -y install x && yum clean all
                """);
    }

    @Test
    void fixUsesTheSameTool() {
        tester.fixes("""
                FROM registry.access.redhat.com/ubi9/ubi-minimal
                RUN microdnf install -y python3
                """, """
                FROM registry.access.redhat.com/ubi9/ubi-minimal
                RUN microdnf install -y python3 && microdnf clean all
                """, true);
    }
}
