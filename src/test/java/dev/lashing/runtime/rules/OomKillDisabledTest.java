package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class OomKillDisabledTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(OomKillDisabled.class);

    @Test
    void withoutAMemoryLimitItIsAnError() {
        assertThat(tester.check(RuntimeRuleTester.docker().oomKillDisable(true, "--oom-kill-disable"))).singleElement()
                .satisfies(r -> {
                    assertThat(r.target()).isEqualTo("--oom-kill-disable");
                    assertThat(r.severity()).isEqualTo(Severity.ERROR);
                    assertThat(r.message()).contains("(`--oom-kill-disable`)", "no memory limit", "`--memory 512m`");
                });
        assertThat(tester.check(RuntimeRuleTester.compose().oomKillDisable(true, "oom_kill_disable: true")))
                .singleElement().satisfies(r -> assertThat(r.message()).contains("`deploy.resources.limits.memory"));
    }

    @Test
    void withALimitItIsAWarning() {
        assertThat(tester.check(RuntimeRuleTester.docker().memory(1L << 30, "--memory 1g")
                .oomKillDisable(true, "--oom-kill-disable"))).singleElement()
                .satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void theDefaultPasses() {
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
    }
}
