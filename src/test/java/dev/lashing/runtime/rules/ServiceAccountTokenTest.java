package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class ServiceAccountTokenTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(ServiceAccountToken.class);

    @Test
    void theDefaultMountIsAWarningAtTheContainer() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes())).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("- name: app");
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
            assertThat(r.message()).contains("`automountServiceAccountToken: false`");
        });
    }

    @Test
    void anExplicitMountIsInfo() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().automount(true, "automountServiceAccountToken: true")))
                .singleElement().satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.INFO);
                    assertThat(r.message()).startsWith("`automountServiceAccountToken: true` mounts");
                });
    }

    @Test
    void optingOutAndOtherInputsPass() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().automount(false, "automountServiceAccountToken: false")))
                .isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose())).isEmpty();
    }
}
