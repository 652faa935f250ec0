package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class PidsUnlimitedTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(PidsUnlimited.class);

    @Test
    void noLimitIsReportedForDockerInputs() {
        assertThat(tester.check(RuntimeRuleTester.docker())).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("docker run");
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
            assertThat(r.message()).contains("no PIDs limit:", "`--pids-limit 200`");
        });
        assertThat(tester.check(RuntimeRuleTester.compose())).singleElement().satisfies(r -> assertThat(r.message())
                .contains("`deploy.resources.limits.pids: 200`"));
    }

    @Test
    void anNprocUlimitDoesNotReplaceIt() {
        assertThat(tester.check(RuntimeRuleTester.docker().ulimit("nproc", 5, 5, "--ulimit nproc=5"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("the nproc ulimit does not replace it"));
    }

    @Test
    void podmanHasADefaultButAnExplicitUnlimitedIsReported() {
        assertThat(tester.check(RuntimeRuleTester.quadlet())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.quadlet().pidsLimit(-1, "PidsLimit=-1"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("no PIDs limit (`PidsLimit=-1`)", "`PidsLimit=200`"));
    }

    @Test
    void kubernetesLimitsAreTheKubeletsAndLimitsPass() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().pidsLimit(100, "--pids-limit 100"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().with("pids_limit: ${PIDS}",
                (b, at) -> b.pidsLimit = at.unresolved()))).isEmpty();
    }
}
