package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class ProcUnmaskedTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(ProcUnmasked.class);

    @Test
    void unmaskedIsAWarningInEachInputsWords() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().unmaskedPaths(true, "procMount: Unmasked")))
                .singleElement().satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.WARNING);
                    assertThat(r.message()).contains("(`procMount: Unmasked`)", "`securityContext.procMount: Default`");
                });
        assertThat(tester.check(RuntimeRuleTester.docker().unmaskedPaths(true, "--security-opt systempaths=unconfined")))
                .hasSize(1);
        assertThat(tester.check(RuntimeRuleTester.quadlet().unmaskedPaths(true, "Unmask=ALL"))).hasSize(1);
    }

    @Test
    void maskedPasses() {
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
    }
}
