package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class YumCacheNotCleanedTest {
    private final RuleTester tester = RuleTester.of(YumCacheNotCleaned.class);

    @Test
    void installWithoutLaterCleanupIsFlagged() {
        assertThat(tester.check("""
                FROM centos:7
                # expect: SH033
                RUN yum install -y httpd
                # expect: SH033
                RUN yum clean all && yum install -y httpd
                # expect: SH033
                RUN yum -y update && yum clean packages
                # expect: SH033
                RUN <<EOF
                yum install -y git
                EOF
                """).get(0).location().text()).isEqualTo("yum install -y httpd");
    }

    @Test
    void cleanupAfterTheInstallOrACacheMountPasses() {
        tester.check("""
                FROM centos:7
                RUN yum install -y httpd && yum clean all
                RUN yum install -y httpd; rm -rf /var/cache/yum/*
                RUN yum install -y a && yum clean all && yum install -y b && rm -rf /var/cache/yum
                RUN yum install -y httpd && dnf clean all
                RUN sh -c 'yum install -y x && yum -q clean all'
                RUN --mount=type=cache,target=/var/cache/yum/ yum install -y httpd
                RUN --mount=type=tmpfs,target=/var/cache yum install -y httpd
                RUN yum makecache && yum search x
                """);
    }

    @Test
    void scriptsTheShellModelCannotParseAreNotJudged() {
        tester.check("""
                FROM centos:7
                RUN yum install -y httpd && echo "unterminated && yum clean all
                """);
    }

    @Test
    void onlyShippedStagesMatter() {
        tester.check("""
                FROM centos:7 AS build
                RUN yum install -y gcc
                FROM centos:7
                # expect: SH033
                RUN yum install -y httpd
                COPY --from=build /out /out
                """);
    }

    @Test
    void fixAppendsCleanAll() {
        tester.fixes("""
                FROM centos:7
                RUN yum install -y httpd \\
                 && echo done
                """, """
                FROM centos:7
                RUN yum install -y httpd \\
                 && echo done && yum clean all
                """, true);
        String trailing = """
                FROM centos:7
                RUN yum install -y httpd;
                """;
        tester.fixes(trailing, trailing, true);
    }
}
