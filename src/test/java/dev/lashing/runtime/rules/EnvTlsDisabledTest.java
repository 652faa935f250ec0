package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class EnvTlsDisabledTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(EnvTlsDisabled.class);

    @Test
    void switchesAreReportedQuotedAsWritten() {
        assertThat(tester.check(RuntimeRuleTester.docker().env("NODE_TLS_REJECT_UNAUTHORIZED", "0",
                "-e NODE_TLS_REJECT_UNAUTHORIZED=0"))).singleElement().satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.WARNING);
                    assertThat(r.message()).contains("(`-e NODE_TLS_REJECT_UNAUTHORIZED=0`) switches off Node.js");
                });
        assertThat(tester.check(RuntimeRuleTester.kubernetes().env("GIT_SSL_NO_VERIFY", "true",
                "- {name: GIT_SSL_NO_VERIFY, value: \"true\"}"))).hasSize(1);
    }

    @Test
    void harmlessValuesPass() {
        assertThat(tester.check(RuntimeRuleTester.compose().env("NODE_TLS_REJECT_UNAUTHORIZED", "1",
                "NODE_TLS_REJECT_UNAUTHORIZED: \"1\""))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
    }
}
