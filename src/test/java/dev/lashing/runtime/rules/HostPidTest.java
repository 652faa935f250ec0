package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class HostPidTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(HostPid.class);

    @Test
    void hostPidIsAnErrorInEachInput() {
        assertThat(tester.check(RuntimeRuleTester.docker().pid("host", "--pid=host"))).singleElement().satisfies(r -> {
            assertThat(r.severity()).isEqualTo(Severity.ERROR);
            assertThat(r.message()).contains("PID namespace (`--pid=host`)");
        });
        assertThat(tester.check(RuntimeRuleTester.compose().pid("host", "pid: host"))).hasSize(1);
        assertThat(tester.check(RuntimeRuleTester.kubernetes().pid("host", "hostPID: true"))).hasSize(1);
        assertThat(tester.check(RuntimeRuleTester.quadlet().pid("host", "PodmanArgs=--pid=host"))).hasSize(1);
    }

    @Test
    void privateOrSharedWithAContainerPasses() {
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().pid("container:db", "--pid container:db"))).isEmpty();
    }

    @Test
    void anUnresolvedModeCannotBeDecided() {
        assertThat(tester.check(RuntimeRuleTester.compose().with("pid: ${PID}", (b, at) -> b.pid = at.unresolved())))
                .singleElement().satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.INFO));
    }
}
