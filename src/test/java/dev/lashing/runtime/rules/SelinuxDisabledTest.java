package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class SelinuxDisabledTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(SelinuxDisabled.class);

    @Test
    void disabledIsAWarningInEachInputsWords() {
        assertThat(tester.check(RuntimeRuleTester.docker().selinuxDisabled(true, "--security-opt label=disable")))
                .singleElement().satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.WARNING);
                    assertThat(r.message()).contains("(`--security-opt label=disable`)", "no `--security-opt label=disable`");
                });
        assertThat(tester.check(RuntimeRuleTester.quadlet().selinuxDisabled(true, "SecurityLabelDisable=true")))
                .singleElement().satisfies(r -> assertThat(r.message()).contains("no `SecurityLabelDisable=true`"));
        assertThat(tester.check(RuntimeRuleTester.compose().selinuxDisabled(true, "- label:disable"))).hasSize(1);
    }

    @Test
    void enabledPasses() {
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes())).isEmpty();
    }
}
