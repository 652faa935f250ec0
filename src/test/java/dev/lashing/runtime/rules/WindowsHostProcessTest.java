package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.core.SourceFile;
import dev.lashing.runtime.kubernetes.KubernetesLoader;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.testing.RuntimeRuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowsHostProcessTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(WindowsHostProcess.class);

    @Test
    void aHostProcessPodIsAnErrorForEachContainerThatInheritsIt() {
        List<ContainerSpec> containers = new KubernetesLoader().load(new SourceFile("csi.yaml", """
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: csi-proxy, namespace: csi}
                spec:
                  selector: {matchLabels: {app: csi-proxy}}
                  template:
                    spec:
                      nodeSelector: {kubernetes.io/os: windows}
                      hostNetwork: true
                      securityContext:
                        windowsOptions:
                          hostProcess: true
                          runAsUserName: "NT AUTHORITY\\\\SYSTEM"
                      containers:
                      - name: proxy
                        image: ghcr.io/kubernetes-sigs/sig-windows/csi-proxy:v1.1.2
                      - name: opted-out
                        image: mcr.microsoft.com/windows/nanoserver:ltsc2022
                        securityContext:
                          windowsOptions: {hostProcess: false}
                """)).containers();
        assertThat(tester.check(containers.get(0))).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("hostProcess: true");
            assertThat(r.severity()).isEqualTo(Severity.ERROR);
            assertThat(r.message()).contains("HostProcess container (`hostProcess: true`)");
        });
        assertThat(tester.check(containers.get(1))).isEmpty();
    }

    @Test
    void unsetPassesAndATemplateIsUndecided() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes().hostProcess(false, "hostProcess: false"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes().with("hostProcess: {{ .Values.hostProcess }}",
                (b, at) -> b.hostProcess = at.unresolved()))).singleElement()
                .satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.INFO));
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
    }
}
