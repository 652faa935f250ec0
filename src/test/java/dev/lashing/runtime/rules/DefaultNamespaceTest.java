package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.core.SourceFile;
import dev.lashing.runtime.kubernetes.KubernetesLoader;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class DefaultNamespaceTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(DefaultNamespace.class);

    private static ContainerSpec deployment(String metadata) {
        return new KubernetesLoader().load(new SourceFile("k8s.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: api
                """ + metadata.indent(2) + """
                spec:
                  template:
                    spec:
                      containers: [{name: app, image: a}]
                """)).containers().get(0);
    }

    @Test
    void anExplicitDefaultNamespaceIsAWarningAtTheField() {
        assertThat(tester.check(deployment("namespace: default\n"))).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("namespace: default");
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
            assertThat(r.message()).contains("default namespace (`namespace: default`)", "namespace of its own");
        });
    }

    @Test
    void aMissingNamespaceIsLeftToTheDeployUnlessRequired() {
        assertThat(tester.check(deployment(""))).isEmpty();
        tester.setting("require-namespace", true);
        assertThat(tester.check(deployment(""))).singleElement().satisfies(r -> {
            assertThat(r.severity()).isEqualTo(Severity.INFO);
            assertThat(r.message()).contains("names no namespace");
        });
    }

    @Test
    void otherNamespacesTemplatesAndOtherInputsPass() {
        tester.setting("require-namespace", true);
        assertThat(tester.check(deployment("namespace: shop\n"))).isEmpty();
        assertThat(tester.check(deployment("namespace: kube-system\n"))).as("RT044's").isEmpty();
        assertThat(tester.check(deployment("namespace: \"{{ .Release.Namespace }}\"\n"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose())).isEmpty();
    }
}
