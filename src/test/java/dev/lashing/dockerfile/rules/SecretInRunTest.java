package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Finding;
import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class SecretInRunTest {
    private final RuleTester tester = RuleTester.of(SecretInRun.class);

    @Test
    void credentialsInRunAreFlaggedAndNeverShown() {
        Finding f = tester.check("""
                FROM debian:12
                # expect: SH074
                RUN git clone https://ci:glpat-abcdefghij0123456789@gitlab.example.com/acme/app.git
                # expect: SH074
                RUN AWS_ACCESS_KEY_ID=AKIAZ7QF3D6W2LKJ4M5N aws s3 cp s3://b/x .
                # expect: SH074
                RUN curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlX2hlcmU" https://x
                """).get(0);
        assertThat(f.message()).doesNotContain("glpat").contains("not shown");
    }

    @Test
    void variablesAndPublicValuesPass() {
        tester.check("""
                FROM debian:12
                RUN git clone https://$USER:$TOKEN@gitlab.example.com/acme/app.git
                RUN --mount=type=secret,id=aws aws s3 cp s3://b/x .
                RUN echo "AKIA is a prefix"
                """);
    }
}
