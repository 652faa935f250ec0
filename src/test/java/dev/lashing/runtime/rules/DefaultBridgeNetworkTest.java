package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class DefaultBridgeNetworkTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(DefaultBridgeNetwork.class);

    @Test
    void theDefaultBridgeIsInfoForDockerRun() {
        assertThat(tester.check(RuntimeRuleTester.docker())).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("docker run");
            assertThat(r.severity()).isEqualTo(Severity.INFO);
            assertThat(r.message()).contains("default bridge network (docker0)", "docker network create app-net");
        });
        assertThat(tester.check(RuntimeRuleTester.docker().network("bridge", "--network bridge"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("(`--network bridge`)"));
    }

    @Test
    void aDedicatedNetworkOrOtherInputsPass() {
        assertThat(tester.check(RuntimeRuleTester.docker().network("web", "--network=web"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().network("none", "--network none"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.quadlet())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().with("--network $NET", (b, at) -> b.network = at.unresolved())))
                .isEmpty();
    }
}
