package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class RestartUnboundedTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(RestartUnbounded.class);

    @Test
    void onFailureWithoutABoundIsAWarning() {
        assertThat(tester.check(RuntimeRuleTester.docker().restart("on-failure", null, "--restart on-failure")))
                .singleElement().satisfies(r -> {
                    assertThat(r.target()).isEqualTo("--restart on-failure");
                    assertThat(r.severity()).isEqualTo(Severity.WARNING);
                    assertThat(r.message()).contains("without a bound (`--restart on-failure`)",
                            "`--restart on-failure:5`");
                });
        assertThat(tester.check(RuntimeRuleTester.compose().restart("on-failure", null, "restart: on-failure")))
                .singleElement().satisfies(r -> assertThat(r.message()).contains("`restart: on-failure:5`"));
    }

    @Test
    void manyRetriesAreInfoAndTheBoundIsASetting() {
        assertThat(tester.check(RuntimeRuleTester.docker().restart("on-failure", 10, "--restart=on-failure:10")))
                .singleElement().satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.INFO));
        tester.setting("max-restart-retries", "10");
        assertThat(tester.check(RuntimeRuleTester.docker().restart("on-failure", 10, "--restart=on-failure:10")))
                .isEmpty();
    }

    @Test
    void boundedAlwaysAndOtherInputsPass() {
        assertThat(tester.check(RuntimeRuleTester.docker().restart("on-failure", 5, "--restart=on-failure:5"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().restart("always", null, "--restart always"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().restart("unless-stopped", null, "restart: unless-stopped")))
                .isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes().restart("on-failure", null, "restartPolicy: OnFailure")))
                .isEmpty();
        assertThat(tester.check(RuntimeRuleTester.quadlet().restart("on-failure", null, "Restart=on-failure")))
                .isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().with("restart: ${POLICY}",
                (b, at) -> b.restart = at.unresolved()))).isEmpty();
    }
}
