package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.core.SourceFile;
import dev.lashing.runtime.kubernetes.KubernetesLoader;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class DefaultServiceAccountTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(DefaultServiceAccount.class);
    private final RuntimeRuleTester token = RuntimeRuleTester.of(ServiceAccountToken.class);

    private static ContainerSpec load(String manifest) {
        return new KubernetesLoader().load(new SourceFile("k8s.yaml", manifest)).containers().get(0);
    }

    private static String pod(String spec) {
        return """
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                """ + spec.indent(2) + "  containers: [{name: app, image: a}]\n";
    }

    @Test
    void theImplicitDefaultAccountWithItsTokenIsAWarningAtTheContainer() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes())).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("- name: app");
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
            assertThat(r.message()).contains("names no serviceAccountName", "automountServiceAccountToken is not false",
                    "`serviceAccountName: api`");
        });
    }

    @Test
    void anExplicitDefaultAccountIsReportedAtTheField() {
        assertThat(tester.check(load(pod("serviceAccountName: default\n")))).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("serviceAccountName: default");
            assertThat(r.message()).contains("(`serviceAccountName: default`)");
        });
        assertThat(tester.check(load(pod("serviceAccount: default\n")))).as("the deprecated field").hasSize(1);
    }

    @Test
    void oneSituationOneFinding() {
        ContainerSpec implicit = load(pod(""));
        assertThat(tester.check(implicit)).hasSize(1);
        assertThat(token.check(implicit)).isEmpty();
        ContainerSpec named = load(pod("serviceAccountName: api\n"));
        assertThat(tester.check(named)).isEmpty();
        assertThat(token.check(named)).hasSize(1);
    }

    @Test
    void noTokenNoFinding() {
        assertThat(tester.check(load(pod("automountServiceAccountToken: false\n")))).isEmpty();
        assertThat(tester.check(load("""
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: default}
                automountServiceAccountToken: false
                ---
                """ + pod("")))).as("the default account opts out in the same file").isEmpty();
    }

    @Test
    void unrenderedValuesAndOtherInputsPass() {
        assertThat(tester.check(load(pod("serviceAccountName: \"{{ .Values.sa }}\"\n")))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose())).isEmpty();
    }
}
