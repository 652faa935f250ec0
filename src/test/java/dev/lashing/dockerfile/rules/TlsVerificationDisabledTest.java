package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class TlsVerificationDisabledTest {
    private final RuleTester tester = RuleTester.of(TlsVerificationDisabled.class);

    @Test
    void insecureFlagsAreFlaggedOnTheFlag() {
        assertThat(tester.check("""
                FROM debian:12
                # expect: SH070
                RUN curl -fsSLk https://example.com/x -o x
                # expect: SH070
                RUN wget --no-check-certificate https://example.com/x
                # expect: SH070
                RUN pip install --trusted-host pypi.example.com flask
                # expect: SH070
                RUN npm config set strict-ssl false && npm ci
                # expect: SH070
                RUN git -c http.sslVerify=false clone https://example.com/r.git
                # expect: SH070
                RUN git config --global http.sslverify false
                # expect: SH070
                RUN yum-config-manager --setopt=sslverify=0 --save
                # expect: SH070
                RUN NODE_TLS_REJECT_UNAUTHORIZED=0 npm install
                """).get(0).location().text()).isEqualTo("-fsSLk");
    }

    @Test
    void verifiedDownloadsPass() {
        tester.check("""
                FROM debian:12
                RUN curl -fsSL https://example.com/x -o x
                RUN wget -q https://example.com/x
                RUN npm config set strict-ssl true
                RUN git config --global http.sslVerify true
                RUN echo "curl -k is bad"
                """);
    }
}
