package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.core.SourceFile;
import dev.lashing.runtime.kubernetes.KubernetesLoader;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.testing.RuntimeRuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class KubeSystemNamespaceTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(KubeSystemNamespace.class);

    @Test
    void aDaemonSetInKubeSystemIsReportedForEachContainer() {
        List<ContainerSpec> containers = new KubernetesLoader().load(new SourceFile("agent.yaml", """
                apiVersion: apps/v1
                kind: DaemonSet
                metadata:
                  name: log-agent
                  namespace: kube-system
                spec:
                  selector: {matchLabels: {app: log-agent}}
                  template:
                    spec:
                      initContainers: [{name: setup, image: busybox:1.36}]
                      containers: [{name: agent, image: fluent-bit:3.0}]
                """)).containers();
        assertThat(containers).hasSize(2).allSatisfy(c -> assertThat(tester.check(c)).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("namespace: kube-system");
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
            assertThat(r.message()).contains("kube-system (`namespace: kube-system`)");
        }));
    }

    @Test
    void otherNamespacesAndInputsPass() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().namespace("monitoring", "namespace: monitoring")))
                .isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes().with("namespace: {{ .Release.Namespace }}",
                (b, at) -> b.namespace = at.unresolved()))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
    }
}
