package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.runtime.model.Health;
import dev.lashing.testing.RuntimeRuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthcheckDisabledTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(HealthcheckDisabled.class);
    private static final Health OFF = new Health(true, List.of(), List.of());

    @Test
    void aDisabledCheckIsAWarningQuotedAsWritten() {
        assertThat(tester.check(RuntimeRuleTester.docker().health(OFF, "--no-healthcheck"))).singleElement()
                .satisfies(r -> {
                    assertThat(r.target()).isEqualTo("--no-healthcheck");
                    assertThat(r.severity()).isEqualTo(Severity.WARNING);
                    assertThat(r.message()).contains("switched off (`--no-healthcheck`)");
                });
        assertThat(tester.check(RuntimeRuleTester.compose().health(OFF, "disable: true"))).hasSize(1);
        assertThat(tester.check(RuntimeRuleTester.quadlet().health(OFF, "HealthCmd=none"))).hasSize(1);
    }

    @Test
    void defaultsAndChecksPass() {
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().health(new Health(false, List.of("CMD", "true"), List.of()),
                "test: [CMD, \"true\"]"))).isEmpty();
    }
}
