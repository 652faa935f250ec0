package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.core.SourceFile;
import dev.lashing.runtime.kubernetes.KubernetesLoader;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.testing.RuntimeRuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityContextMissingTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(SecurityContextMissing.class);

    private static List<ContainerSpec> load(String podSpec) {
        return new KubernetesLoader().load(new SourceFile("k8s.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api}
                spec:
                  template:
                    spec:
                """ + podSpec.indent(6))).containers();
    }

    @Test
    void noContextAnywhereIsAWarningAtTheContainer() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes())).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("- name: app");
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
            assertThat(r.message()).contains("neither the pod nor the container has a securityContext",
                    "`runAsNonRoot: true`");
        });
    }

    @Test
    void anEmptyContextIsReportedWhereItIsWritten() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().containerSecurityContext(false, "securityContext: {}")))
                .singleElement().satisfies(r -> {
                    assertThat(r.target()).isEqualTo("securityContext: {}");
                    assertThat(r.message()).contains("written but empty (`securityContext: {}`)");
                });
    }

    @Test
    void eitherLevelWithASettingPasses() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().podSecurityContext(true, "securityContext:"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes().containerSecurityContext(true, "securityContext:")))
                .isEmpty();
    }

    @Test
    void realManifests() {
        List<ContainerSpec> bare = load("containers: [{name: app, image: a}]\n");
        assertThat(tester.check(bare.get(0))).hasSize(1);
        List<ContainerSpec> hardened = load("""
                securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
                containers: [{name: app, image: a}]
                """);
        assertThat(tester.check(hardened.get(0))).isEmpty();
        List<ContainerSpec> templated = load("""
                securityContext: {{ toYaml .Values.podSecurityContext }}
                containers: [{name: app, image: a}]
                """);
        assertThat(tester.check(templated.get(0))).as("an unrendered context is not judged").isEmpty();
    }

    @Test
    void otherInputsAreNotJudged() {
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.quadlet())).isEmpty();
    }
}
