package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class HostIpcTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(HostIpc.class);

    @Test
    void hostIpcIsAnErrorInEachInput() {
        assertThat(tester.check(RuntimeRuleTester.docker().ipc("host", "--ipc host"))).singleElement().satisfies(r -> {
            assertThat(r.severity()).isEqualTo(Severity.ERROR);
            assertThat(r.message()).contains("IPC namespace (`--ipc host`)", "shared memory");
        });
        assertThat(tester.check(RuntimeRuleTester.compose().ipc("host", "ipc: host"))).hasSize(1);
        assertThat(tester.check(RuntimeRuleTester.kubernetes().ipc("host", "hostIPC: true"))).hasSize(1);
        assertThat(tester.check(RuntimeRuleTester.quadlet().ipc("host", "PodmanArgs=--ipc=host"))).hasSize(1);
    }

    @Test
    void otherModesPass() {
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().ipc("shareable", "--ipc shareable"))).isEmpty();
    }
}
