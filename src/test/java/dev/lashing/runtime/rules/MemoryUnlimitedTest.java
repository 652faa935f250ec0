package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class MemoryUnlimitedTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(MemoryUnlimited.class);

    @Test
    void noLimitIsReportedInEachInputsWords() {
        assertThat(tester.check(RuntimeRuleTester.docker())).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("docker run");
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
            assertThat(r.message()).contains("no memory limit:", "`--memory 512m`");
        });
        assertThat(tester.check(RuntimeRuleTester.compose())).singleElement().satisfies(r -> assertThat(r.message())
                .contains("`deploy.resources.limits.memory: 512M`"));
        assertThat(tester.check(RuntimeRuleTester.kubernetes())).singleElement().satisfies(r -> assertThat(
                r.message()).contains("LimitRange", "`resources.limits.memory: 512Mi`"));
        assertThat(tester.check(RuntimeRuleTester.quadlet())).singleElement().satisfies(r -> assertThat(r.message())
                .contains("`Memory=512m`"));
    }

    @Test
    void anExplicitZeroIsQuoted() {
        assertThat(tester.check(RuntimeRuleTester.docker().memory(0, "--memory 0"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("no memory limit (`--memory 0`)"));
    }

    @Test
    void aLimitOrAnUnresolvedValuePasses() {
        assertThat(tester.check(RuntimeRuleTester.docker().memory(128L << 20, "--memory 128m"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().with("mem_limit: ${MEM}",
                (b, at) -> b.memoryBytes = at.unresolved()))).isEmpty();
    }
}
