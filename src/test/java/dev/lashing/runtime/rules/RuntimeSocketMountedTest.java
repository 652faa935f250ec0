package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class RuntimeSocketMountedTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(RuntimeSocketMounted.class);

    @Test
    void everyRuntimeSocketIsAnErrorEvenReadOnly() {
        assertThat(tester.check(RuntimeRuleTester.docker().bind("/var/run/docker.sock", "/var/run/docker.sock", false,
                "-v /var/run/docker.sock:/var/run/docker.sock"))).singleElement().satisfies(r -> {
                    assertThat(r.target()).isEqualTo("-v /var/run/docker.sock:/var/run/docker.sock");
                    assertThat(r.severity()).isEqualTo(Severity.ERROR);
                    assertThat(r.message()).contains("socket /var/run/docker.sock", "read-only mount does not help");
                });
        assertThat(tester.check(RuntimeRuleTester.compose().bind("/run/podman/podman.sock", "/var/run/docker.sock",
                true, "- /run/podman/podman.sock:/var/run/docker.sock:ro"))).hasSize(1);
        assertThat(tester.check(RuntimeRuleTester.kubernetes().bind("/run/containerd/containerd.sock",
                "/run/containerd.sock", false, "path: /run/containerd/containerd.sock"))).hasSize(1);
        assertThat(tester.check(RuntimeRuleTester.quadlet().bind("/var/run/crio/crio.sock", "/crio.sock", false,
                "Volume=/var/run/crio/crio.sock:/crio.sock"))).hasSize(1);
        assertThat(tester.check(RuntimeRuleTester.docker().bind("/var/run/docker", "/d", false, "-v /var/run/docker:/d")))
                .hasSize(1);
    }

    @Test
    void otherMountsPass() {
        assertThat(tester.check(RuntimeRuleTester.docker().bind("/srv/app.sock", "/app.sock", false,
                "-v /srv/app.sock:/app.sock"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
    }

    @Test
    void anUnresolvedSocketMountCannotBeDecided() {
        assertThat(tester.check(RuntimeRuleTester.compose().with("- ${SOCK}:/var/run/docker.sock",
                (b, at) -> b.mounts.add(at.unresolved())))).singleElement()
                .satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.INFO));
        assertThat(tester.check(RuntimeRuleTester.compose().with("- ${DATA}:/data",
                (b, at) -> b.mounts.add(at.unresolved())))).isEmpty();
    }
}
