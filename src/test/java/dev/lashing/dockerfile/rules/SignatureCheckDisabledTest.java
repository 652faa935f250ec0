package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class SignatureCheckDisabledTest {
    private final RuleTester tester = RuleTester.of(SignatureCheckDisabled.class);

    @Test
    void disabledChecksAreFlagged() {
        assertThat(tester.check("""
                FROM alpine:3.20
                # expect: SH071
                RUN apk add --allow-untrusted /tmp/pkg.apk
                # expect: SH071
                RUN apt-get install -y --allow-unauthenticated foo
                # expect: SH071
                RUN apt-get install -y --force-yes foo
                # expect: SH071
                RUN yum install -y --nogpgcheck foo
                # expect: SH071
                RUN rpm -i --nosignature foo.rpm
                # expect: SH071
                RUN apt-get -o APT::Get::AllowUnauthenticated=true install -y foo
                """).get(0).location().text()).isEqualTo("--allow-untrusted");
    }

    @Test
    void normalInstallsPass() {
        tester.check("""
                FROM alpine:3.20
                RUN apk add --no-cache curl
                RUN apt-get install -y foo
                RUN rpm --import https://example.com/key && rpm -i foo.rpm
                RUN apt-get -o APT::Get::AllowUnauthenticated=false install -y foo
                """);
    }
}
