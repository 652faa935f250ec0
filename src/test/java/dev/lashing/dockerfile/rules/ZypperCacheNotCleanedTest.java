package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ZypperCacheNotCleanedTest {
    private final RuleTester tester = RuleTester.of(ZypperCacheNotCleaned.class);

    @Test
    void installWithoutLaterCleanIsFlagged() {
        tester.check("""
                FROM opensuse/leap:15.6
                # expect: SH035
                RUN zypper -n install curl
                # expect: SH035
                RUN zypper clean && zypper -n in curl
                # expect: SH035
                RUN zypper -n dup
                """);
    }

    @Test
    void cleanOrCacheMountPasses() {
        tester.check("""
                FROM opensuse/leap:15.6
                RUN zypper -n install curl && zypper clean --all
                RUN zypper -n in curl && zypper cc -a
                RUN zypper -n in curl && zypper -n clean
                RUN zypper -n in curl && rm -rf /var/cache/zypp/*
                RUN --mount=type=cache,target=/var/cache/zypp zypper -n in curl
                """);
    }

    @Test
    void yumCleanupDoesNotCountForZypper() {
        tester.check("""
                FROM opensuse/leap:15.6
                # expect: SH035
                RUN zypper -n install curl && yum clean all && rm -rf /var/cache/yum
                """);
    }

    @Test
    void fixAppendsZypperClean() {
        tester.fixes("""
                FROM opensuse/leap:15.6
                RUN zypper -n install curl
                """, """
                FROM opensuse/leap:15.6
                RUN zypper -n install curl && zypper clean --all
                """, true);
    }
}
