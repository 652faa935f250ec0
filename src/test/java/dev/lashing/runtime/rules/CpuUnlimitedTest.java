package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class CpuUnlimitedTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(CpuUnlimited.class);

    @Test
    void noLimitIsAWarningForDockerInputs() {
        assertThat(tester.check(RuntimeRuleTester.docker())).singleElement().satisfies(r -> {
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
            assertThat(r.message()).contains("no CPU limit:", "`--cpus 1`");
        });
        assertThat(tester.check(RuntimeRuleTester.compose())).singleElement().satisfies(r -> assertThat(r.message())
                .contains("`deploy.resources.limits.cpus: \"1\"`"));
        assertThat(tester.check(RuntimeRuleTester.quadlet())).singleElement().satisfies(r -> assertThat(r.message())
                .contains("`PodmanArgs=--cpus=1`"));
    }

    @Test
    void kubernetesIsInfoBecauseLimitsThrottle() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes())).singleElement().satisfies(r -> {
            assertThat(r.severity()).isEqualTo(Severity.INFO);
            assertThat(r.message()).contains("throttle", "`resources.limits.cpu: \"1\"`");
        });
    }

    @Test
    void aLimitOrAnUnresolvedValuePasses() {
        assertThat(tester.check(RuntimeRuleTester.docker().cpus(0.5, "--cpus=0.5"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().with("cpus: ${CPUS}", (b, at) -> b.cpus = at.unresolved())))
                .isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().cpus(0, "--cpus 0"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("(`--cpus 0`)"));
    }
}
