package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class ServiceAccountTokenTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(ServiceAccountToken.class);

    private static RuntimeRuleTester.SpecBuilder named() {
        return RuntimeRuleTester.kubernetes().serviceAccount("api", "serviceAccountName: api");
    }

    @Test
    void theDefaultMountIsAWarningAtTheContainer() {
        assertThat(tester.check(named())).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("- name: app");
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
            assertThat(r.message()).contains("`automountServiceAccountToken: false`");
        });
    }

    @Test
    void anExplicitMountIsInfo() {
        assertThat(tester.check(named().automount(true, "automountServiceAccountToken: true")))
                .singleElement().satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.INFO);
                    assertThat(r.message()).startsWith("`automountServiceAccountToken: true` mounts");
                });
    }

    @Test
    void theDefaultAccountsTokenIsLeftToDefaultServiceAccount() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes().serviceAccount("default", "serviceAccountName: default")
                .automount(true, "automountServiceAccountToken: true"))).isEmpty();
    }

    @Test
    void anUnrenderedAccountNameLeavesTheTokenHere() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().with("serviceAccountName: {{ .Values.sa }}",
                (b, at) -> b.serviceAccountName = at.unresolved()))).hasSize(1);
    }

    @Test
    void optingOutAndOtherInputsPass() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().automount(false, "automountServiceAccountToken: false")))
                .isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose())).isEmpty();
    }
}
