package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class TlsVerificationDisabledEnvTest {
    private final RuleTester tester = RuleTester.of(TlsVerificationDisabledEnv.class);

    @Test
    void envAndArgSwitchesAreFlagged() {
        tester.check("""
                FROM node:22
                # expect: DF060
                ENV NODE_TLS_REJECT_UNAUTHORIZED=0
                # expect: DF060, DF060
                ENV PYTHONHTTPSVERIFY=0 X_OK=1 PIP_TRUSTED_HOST=pypi.internal
                # expect: DF060
                ARG GIT_SSL_NO_VERIFY=1
                # expect: DF060
                ENV NPM_CONFIG_STRICT_SSL=false
                """);
    }

    @Test
    void theListSharedWithTheImageRuleCoversGoAndRequests() {
        tester.check("""
                FROM golang:1.23
                # expect: DF060
                ENV GOINSECURE=git.internal.example
                # expect: DF060
                ENV CURL_CA_BUNDLE=""
                ENV GOINSECURE= CURL_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt
                """);
    }

    @Test
    void safeValuesPass() {
        tester.check("""
                FROM node:22
                ENV NODE_TLS_REJECT_UNAUTHORIZED=1 PYTHONHTTPSVERIFY=1 NPM_CONFIG_STRICT_SSL=true
                ARG PIP_TRUSTED_HOST
                """);
    }
}
