package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class YumInstallUnpinnedTest {
    private final RuleTester tester = RuleTester.of(YumInstallUnpinned.class);

    @Test
    void packagesWithoutVersionAreFlaggedOneByOne() {
        assertThat(tester.check("""
                FROM centos:7
                # expect: SH037, SH037
                RUN yum install -y httpd-2.4.6 gcc-c++ python3-devel && yum clean all
                # expect: SH037
                RUN yum module install -y nodejs
                """)).extracting(f -> f.location().text()).containsExactly("gcc-c++", "python3-devel", "nodejs");
    }

    @Test
    void versionsFilesGroupsAndStreamsPass() {
        tester.check("""
                FROM centos:7
                RUN yum install -y httpd-2.4.6-99.el7.centos.1 tar-2:1.26 /tmp/x.rpm https://h/x.rpm @core
                RUN yum -y module install nodejs:18
                RUN yum -y groupinstall "Development Tools" && yum -y localinstall x.rpm
                RUN yum --enablerepo epel -y install jq-1.6
                """);
    }

    @Test
    void variablesAreResolvedOrLeftAlone() {
        tester.check("""
                FROM centos:7
                ARG PKGS="git-2.39.1 curl"
                ENV JQ=jq-1.6
                # expect: SH037
                RUN yum install -y $PKGS $JQ
                RUN yum install -y $FROM_THE_SHELL $(cat packages.txt) `cat more.txt`
                """);
    }
}
