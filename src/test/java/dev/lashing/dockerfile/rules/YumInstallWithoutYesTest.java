package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class YumInstallWithoutYesTest {
    private final RuleTester tester = RuleTester.of(YumInstallWithoutYes.class);

    @Test
    void installVerbsWithoutYesAreFlagged() {
        assertThat(tester.check("""
                FROM centos:7
                # expect: SH030
                RUN yum install httpd
                # expect: SH030
                RUN yum -q --enablerepo epel groupinstall "Development Tools"
                # expect: SH030
                RUN yum group install "Development Tools"
                # expect: SH030
                RUN sudo yum localinstall /tmp/x.rpm
                # expect: SH030
                RUN bash -c "yum install -q curl"
                # expect: SH030
                RUN <<EOF
                set -e
                yum install \\
                  curl
                EOF
                ONBUILD RUN true
                # expect: SH030
                ONBUILD RUN yum install git
                """).get(0).location().text()).isEqualTo("install");
    }

    @Test
    void yesInAnySpellingPasses() {
        tester.check("""
                FROM centos:7
                RUN yum install -y httpd
                RUN yum -y install httpd
                RUN yum install -qy httpd
                RUN yum --assumeyes groupinstall x
                RUN yum --setopt=assumeyes=1 install x
                RUN yum update && yum clean all && yum makecache
                RUN yum remove foo -y
                """);
    }

    @Test
    void assumeYesConfiguredInAnEarlierRunPasses() {
        tester.check("""
                FROM centos:7
                # expect: SH030
                RUN yum install a
                RUN echo "assumeyes=1" >> /etc/yum.conf
                RUN yum install httpd
                """);
    }

    @Test
    void otherCommandsAndDynamicVerbsPass() {
        tester.check("""
                FROM centos:7
                RUN echo yum install x
                RUN dnf install -y x
                RUN yum $VERB httpd
                """);
    }

    @Test
    void fixInsertsYesAfterTheVerb() {
        tester.fixes("""
                FROM centos:7
                RUN yum install httpd && yum \\
                    groupinstall x
                """, """
                FROM centos:7
                RUN yum install -y httpd && yum \\
                    groupinstall -y x
                """, false);
    }

    @Test
    void fixIsUnsafeWhenInputOrFailureIsHandled() {
        String piped = """
                FROM centos:7
                RUN yes | yum install httpd
                RUN yum install x < answers || true
                RUN yum install y || echo failed
                """;
        tester.fixes(piped, piped, false);
        tester.fixes(piped, """
                FROM centos:7
                RUN yes | yum install -y httpd
                RUN yum install -y x < answers || true
                RUN yum install -y y || echo failed
                """, true);
    }

    @Test
    void noFixInsideShellStringsOrExecForm() {
        String text = """
                FROM centos:7
                RUN sh -c 'yum install x'
                RUN ["yum", "install", "x"]
                """;
        tester.fixes(text, text, true);
    }
}
