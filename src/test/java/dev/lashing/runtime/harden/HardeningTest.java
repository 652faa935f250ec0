package dev.lashing.runtime.harden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.runtime.docker.DockerRunParser;
import dev.lashing.runtime.model.ContainerSpec;
import org.junit.jupiter.api.Test;

class HardeningTest {

    private static HardeningPlan plan(String line) {
        ContainerSpec spec = DockerRunParser.parse("x", line).containers().get(0);
        return Hardening.plan(spec);
    }

    @Test
    void defaultSpecGetsEveryAction() {
        HardeningPlan p = plan("docker run alpine:3");
        assertThat(p.actions()).containsExactly(new Action.DropAllCapabilities(java.util.List.of()),
                new Action.NoNewPrivileges(), new Action.ReadOnlyRoot(),
                new Action.TmpfsMount("/tmp", Hardening.TMPFS_OPTIONS), new Action.MemoryLimit(512L << 20),
                new Action.CpuLimit(1.0), new Action.PidsLimit(200), new Action.NonRootUser(10001, 10001));
    }

    @Test
    void addedCapabilitiesAreKeptAndLowPortAddsNetBindService() {
        HardeningPlan p = plan("docker run --cap-add CHOWN -p 443:443 alpine:3");
        assertThat(p.find(Action.DropAllCapabilities.class).orElseThrow().keep())
                .containsExactly("CHOWN", "NET_BIND_SERVICE");
        assertThat(p.find(Action.AddCapability.class)).contains(new Action.AddCapability("NET_BIND_SERVICE"));
    }

    @Test
    void highPortAddsNoCapability() {
        assertThat(plan("docker run -p 8080:8080 alpine:3").find(Action.AddCapability.class)).isEmpty();
    }

    @Test
    void existingTmpfsAtTmpIsNotMountedAgain() {
        assertThat(plan("docker run --tmpfs /tmp alpine:3").find(Action.TmpfsMount.class)).isEmpty();
    }

    @Test
    void lowNumericUidIsKeptWithANote() {
        HardeningPlan p = plan("docker run --user 1000 alpine:3");
        assertThat(p.find(Action.NonRootUser.class)).isEmpty();
        assertThat(p.notes()).anyMatch(n -> n.contains("UID 1000 is kept"));
    }

    @Test
    void privilegedIsSwitchedOff() {
        assertThat(plan("docker run --privileged alpine:3").actions()).contains(new Action.SetPrivilegedFalse());
    }

    @Test
    void repositoryIgnoresRegistryTagAndDigest() {
        assertThat(Hardening.repository("docker.io/library/nginx:1.27@sha256:abc")).isEqualTo("nginx");
        assertThat(Hardening.repository("localhost:5000/team/api")).isEqualTo("api");
    }

    @Test
    void portsOnEveryInterfaceAndHostPortsAreKeptWithANote() {
        HardeningPlan docker = Hardening.plan(DockerRunParser.parse("x",
                "docker run -p 8080:80 -p 127.0.0.1:5432:5432 -P nginx:1.27").containers().get(0));
        assertThat(docker.notes()).anyMatch(n -> n.startsWith("-P publishes every port"))
                .anyMatch(n -> n.startsWith("the port -p 8080:80 is published on every interface"))
                .noneMatch(n -> n.contains("5432"));
        HardeningPlan pod = Hardening.plan(new dev.lashing.runtime.kubernetes.KubernetesLoader().load(
                new dev.lashing.core.SourceFile("p.yaml", """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: a}
                        spec:
                          containers:
                          - name: app
                            image: acme/app:1
                            ports:
                            - containerPort: 8080
                              hostPort: 18080
                            - containerPort: 9090
                        """)).containers().get(0));
        assertThat(pod.notes()).anyMatch(n -> n.startsWith("the hostPort 18080 is kept")).noneMatch(n -> n.contains("9090"));
    }
}
