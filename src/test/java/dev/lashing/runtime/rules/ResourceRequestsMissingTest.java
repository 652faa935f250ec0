package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.core.SourceFile;
import dev.lashing.runtime.kubernetes.KubernetesLoader;
import dev.lashing.runtime.model.ContainerRole;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class ResourceRequestsMissingTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(ResourceRequestsMissing.class);

    private static ContainerSpec container(String resources) {
        return new KubernetesLoader().load(new SourceFile("k8s.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api}
                spec:
                  template:
                    spec:
                      containers:
                      - name: app
                        image: a
                """ + resources.indent(8))).containers().get(0);
    }

    @Test
    void noRequestsIsAWarningNamingBoth() {
        assertThat(tester.check(container(""))).singleElement().satisfies(r -> {
            assertThat(r.target()).startsWith("name: app");
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
            assertThat(r.message()).contains("requests no cpu and no memory", "evicts it first", "cpu: 100m, memory: 128Mi");
        });
    }

    @Test
    void onlyCpuMissingIsInfo() {
        assertThat(tester.check(container("resources:\n  requests: {memory: 128Mi}\n"))).singleElement()
                .satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.INFO);
                    assertThat(r.message()).contains("requests no cpu:").doesNotContain("evicts");
                });
    }

    @Test
    void aZeroRequestIsNone() {
        assertThat(tester.check(container("resources:\n  requests: {cpu: \"0\", memory: 64Mi}\n"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("(`cpu: \"0\"`)"));
    }

    @Test
    void requestsOrLimitsAlonePass() {
        assertThat(tester.check(container("resources:\n  requests: {cpu: 250m, memory: 128Mi}\n"))).isEmpty();
        assertThat(tester.check(container("resources:\n  limits: {cpu: 500m, memory: 256Mi}\n")))
                .as("the API server copies limits into requests").isEmpty();
    }

    @Test
    void ephemeralContainersTemplatesAndOtherInputsPass() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().role(ContainerRole.EPHEMERAL, "ephemeralContainers")))
                .isEmpty();
        assertThat(tester.check(container("resources: {{ toYaml .Values.resources | nindent 12 }}\n"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.quadlet())).isEmpty();
    }
}
