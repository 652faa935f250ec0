package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CopiedArchiveExtractedTest {
    private final RuleTester tester = RuleTester.of(CopiedArchiveExtracted.class);

    @Test
    void copiedThenExtractedArchivesAreFlagged() {
        tester.check("""
                FROM debian:12
                # expect: DF071
                COPY app.tar.gz /tmp/
                RUN tar -xzf /tmp/app.tar.gz -C /opt
                # expect: DF071
                COPY dist/site.zip /srv/
                RUN cd /srv && unzip site.zip
                """);
    }

    @Test
    void addBindMountsAndUnextractedArchivesPass() {
        tester.check("""
                FROM debian:12
                ADD app.tar.gz /opt/
                RUN --mount=type=bind,source=x.tgz,target=/tmp/x.tgz tar -xzf /tmp/x.tgz -C /opt
                COPY backup.tar /backups/
                COPY --from=build /out/app.tgz /tmp/
                RUN tar -xzf /tmp/app.tgz
                """);
    }
}
