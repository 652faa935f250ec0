package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Health;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.testing.RuntimeRuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbesMissingTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(ProbesMissing.class);

    @Test
    void missingProbesAreInfoAtTheContainer() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes())).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("- name: app");
            assertThat(r.severity()).isEqualTo(Severity.INFO);
            assertThat(r.message()).contains("no livenessProbe and no readinessProbe");
        });
        assertThat(tester.check(RuntimeRuleTester.kubernetes().health(new Health(false, List.of("httpGet :8080/"),
                List.of("liveness")), "livenessProbe:"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("no readinessProbe").doesNotContain("livenessProbe:"));
    }

    @Test
    void bothProbesPass() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().health(new Health(false, List.of(),
                List.of("liveness", "readiness")), "readinessProbe:"))).isEmpty();
    }

    @Test
    void jobsInitContainersAndOtherInputsAreNotJudged() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().restart("on-failure", null, "restartPolicy: OnFailure")))
                .isEmpty();
        ContainerSpec init = RuntimeRuleTester.kubernetes().build();
        ContainerSpec renamed = ContainerSpec.builder("Deployment/api (init container migrate)", SourceKind.KUBERNETES,
                init.declaredAt()).build();
        assertThat(tester.check(renamed)).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose())).isEmpty();
    }
}
