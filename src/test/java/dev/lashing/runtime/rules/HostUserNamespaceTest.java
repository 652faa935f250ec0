package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class HostUserNamespaceTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(HostUserNamespace.class);

    @Test
    void optingOutOfRemappingIsAWarning() {
        assertThat(tester.check(RuntimeRuleTester.docker().userns("host", "--userns=host"))).singleElement()
                .satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.WARNING);
                    assertThat(r.message()).contains("(`--userns=host`)", "userns-remap");
                });
        assertThat(tester.check(RuntimeRuleTester.compose().userns("host", "userns_mode: host"))).hasSize(1);
        assertThat(tester.check(RuntimeRuleTester.quadlet().userns("host", "UserNS=host"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("`UserNS=auto`"));
    }

    @Test
    void kubernetesHostUsersIsInfo() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().userns("host", "hostUsers: true"))).singleElement()
                .satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.INFO);
                    assertThat(r.message()).contains("`hostUsers: false`");
                });
    }

    @Test
    void defaultsAndPrivateNamespacesPass() {
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.quadlet().userns("auto", "UserNS=auto"))).isEmpty();
    }
}
