package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class RunAsNonRootMissingTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(RunAsNonRootMissing.class);

    @Test
    void missingRunAsNonRootIsReportedAtTheContainer() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes())).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("- name: app");
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
            assertThat(r.message()).contains("without runAsNonRoot: true", "`securityContext.runAsNonRoot: true`");
        });
    }

    @Test
    void explicitFalseIsQuoted() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().runAsNonRoot(false, "runAsNonRoot: false")))
                .singleElement().satisfies(r -> assertThat(r.message()).startsWith("`runAsNonRoot: false` lets"));
    }

    @Test
    void runAsNonRootOrANumericUserPasses() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().runAsNonRoot(true, "runAsNonRoot: true"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes().runAsUser(10001, "runAsUser: 10001"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes().runAsUser(0, "runAsUser: 0"))).as("RT005's").isEmpty();
    }

    @Test
    void otherInputsHaveNoSuchSetting() {
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.quadlet())).isEmpty();
    }

    @Test
    void unresolvedValuesCannotBeDecided() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().with("runAsNonRoot: {{ .Values.nonRoot }}",
                (b, at) -> b.runAsNonRoot = at.unresolved()))).singleElement()
                .satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.INFO));
        assertThat(tester.check(RuntimeRuleTester.kubernetes().with("runAsUser: {{ .Values.uid }}",
                (b, at) -> b.runAsUser = at.unresolved()))).isEmpty();
    }
}
