package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class HostUtsTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(HostUts.class);

    @Test
    void hostUtsIsAWarning() {
        assertThat(tester.check(RuntimeRuleTester.docker().uts("host", "--uts=host"))).singleElement().satisfies(r -> {
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
            assertThat(r.message()).contains("UTS namespace (`--uts=host`)");
        });
        assertThat(tester.check(RuntimeRuleTester.compose().uts("host", "uts: host"))).hasSize(1);
        assertThat(tester.check(RuntimeRuleTester.quadlet().uts("host", "PodmanArgs=--uts=host"))).hasSize(1);
    }

    @Test
    void kubernetesIsLeftToTheHostNetworkRule() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().uts("host", "hostNetwork: true"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
    }
}
