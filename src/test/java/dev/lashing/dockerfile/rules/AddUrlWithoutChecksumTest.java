package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AddUrlWithoutChecksumTest {
    private final RuleTester tester = RuleTester.of(AddUrlWithoutChecksum.class);

    @Test
    void urlsWithoutChecksumAreFlagged() {
        tester.check("""
                FROM alpine:3.20
                # expect: DF061
                ADD https://example.com/tool.tgz /opt/
                ARG URL=http://example.com/x
                # expect: DF061
                ADD ${URL} /x
                """);
    }

    @Test
    void checksumsGitAndLocalSourcesPass() {
        tester.check("""
                FROM alpine:3.20
                ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tgz /opt/
                ADD https://github.com/moby/buildkit.git#v0.12.0 /src
                ADD rootfs.tar.gz /
                """);
    }
}
