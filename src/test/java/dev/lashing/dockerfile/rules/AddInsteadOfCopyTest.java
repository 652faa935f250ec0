package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Finding;
import dev.lashing.core.Severity;
import dev.lashing.core.fix.Applicability;
import dev.lashing.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddInsteadOfCopyTest {
    private final RuleTester tester = RuleTester.of(AddInsteadOfCopy.class);

    @Test
    void localFilesAndDirectoriesAreFlaggedWithSafeFix() {
        List<Finding> f = tester.check("""
                FROM alpine:3.20
                # expect: DF003
                ADD . /app
                # expect: DF003
                ADD --chown=app:app config.yaml run.sh /app/
                # expect: DF003
                ADD bin/server /usr/local/bin/
                """);
        assertThat(f).allSatisfy(x -> assertThat(x.fix().orElseThrow().applicability()).isEqualTo(Applicability.SAFE));
    }

    @Test
    void archivesUrlsAndGitNeedAdd() {
        tester.check("""
                FROM alpine:3.20
                ADD rootfs.tar.gz /
                ADD vendor.tar /opt/
                ADD https://example.com/tool.sh /usr/local/bin/tool
                ADD git@github.com:acme/repo.git /src
                ADD --checksum=sha256:0123 https://example.com/a /a
                ADD app.tgz config.json /opt/
                """);
    }

    @Test
    void unknownExtensionsAndGlobsGetAnUnsafeFix() {
        List<Finding> f = tester.check("""
                FROM alpine:3.20
                # expect: DF003
                ADD disk.img /data/
                # expect: DF003
                ADD src/* /app/
                """);
        assertThat(f).allSatisfy(x -> assertThat(x.fix().orElseThrow().applicability())
                .isEqualTo(Applicability.UNSAFE));
    }

    @Test
    void variablesAreResolvedAndUnknownOnesAreUndecidable() {
        List<Finding> f = tester.check("""
                FROM alpine:3.20
                ARG ARCHIVE=app.tar.gz
                ADD ${ARCHIVE} /opt/
                ARG SCRIPT=run.sh
                # expect: DF003
                ADD $SCRIPT /bin/
                ARG SOMETHING
                # expect: DF003
                ADD ${SOMETHING} /opt/
                """);
        assertThat(f.get(1).severity()).isEqualTo(Severity.INFO);
        assertThat(f.get(1).fix()).isEmpty();
    }

    @Test
    void heredocSourcesAndOnbuildTriggers() {
        tester.check("""
                FROM alpine:3.20
                # expect: DF003
                ADD <<EOF /etc/motd
                hello
                EOF
                # expect: DF003
                ONBUILD ADD . /app
                """);
    }

    @Test
    void fixReplacesTheKeywordKeepingCase() {
        tester.fixes("""
                FROM alpine:3.20
                ADD --chown=1000 \\
                    a.conf /etc/
                add . /app
                """, """
                FROM alpine:3.20
                COPY --chown=1000 \\
                    a.conf /etc/
                copy . /app
                """, false);
        tester.fixes("""
                FROM alpine:3.20
                ADD data.bin /data/
                """, """
                FROM alpine:3.20
                ADD data.bin /data/
                """, false);
        tester.fixes("""
                FROM alpine:3.20
                ADD data.bin /data/
                """, """
                FROM alpine:3.20
                COPY data.bin /data/
                """, true);
    }
}
