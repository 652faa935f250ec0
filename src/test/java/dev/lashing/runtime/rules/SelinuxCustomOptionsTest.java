package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.core.SourceFile;
import dev.lashing.runtime.docker.DockerRunParser;
import dev.lashing.runtime.kubernetes.KubernetesLoader;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.SelinuxLabel;
import dev.lashing.runtime.quadlet.QuadletParser;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class SelinuxCustomOptionsTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(SelinuxCustomOptions.class);

    private static ContainerSpec pod(String seLinuxOptions) {
        return new KubernetesLoader().load(new SourceFile("k8s.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  securityContext:
                    seLinuxOptions:
                """ + seLinuxOptions.indent(6) + "  containers: [{name: app, image: a}]\n")).containers().get(0);
    }

    @Test
    void aCustomTypeUserOrRoleIsAWarningInKubernetes() {
        assertThat(tester.check(pod("type: sshd_t\nrole: sysadm_r\n"))).singleElement().satisfies(r -> {
            assertThat(r.target()).startsWith("seLinuxOptions:");
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
            assertThat(r.message()).contains("sets type sshd_t, role sysadm_r", "baseline profile refuses it");
        });
        assertThat(tester.check(pod("user: system_u\n"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("sets user system_u"));
    }

    @Test
    void containerTypesAndLevelsPass() {
        for (String type : new String[] {"container_t", "container_init_t", "container_kvm_t"}) {
            assertThat(tester.check(pod("type: " + type + "\nlevel: \"s0:c123,c456\"\n"))).as(type).isEmpty();
        }
        assertThat(tester.check(pod("level: \"s0:c1,c2\"\n"))).isEmpty();
        assertThat(tester.check(pod("type: spc_t\n"))).as("container-selinux-disabled's").isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes())).isEmpty();
    }

    @Test
    void elsewhereACustomTypeIsInfoSinceItMayBeAUdicaPolicy() {
        ContainerSpec docker = DockerRunParser.parse("run.sh", "docker run --security-opt label=type:svirt_apache_t app")
                .containers().get(0);
        assertThat(tester.check(docker)).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("--security-opt label=type:svirt_apache_t");
            assertThat(r.severity()).isEqualTo(Severity.INFO);
            assertThat(r.message()).contains("udica");
        });
        ContainerSpec quadlet = QuadletParser.parse(new SourceFile("app.container",
                "[Container]\nImage=app\nSecurityLabelType=my_container.process\n")).containers().get(0);
        assertThat(tester.check(quadlet)).singleElement()
                .satisfies(r -> assertThat(r.target()).isEqualTo("SecurityLabelType=my_container.process"));
        assertThat(tester.check(RuntimeRuleTester.compose().selinuxLabel(new SelinuxLabel("", "", "container_t", ""),
                "security_opt: [\"label=type:container_t\"]"))).isEmpty();
    }

    @Test
    void anUnresolvedLabelIsUndecided() {
        ContainerSpec docker = DockerRunParser.parse("run.sh", "docker run --security-opt \"label=type:$TYPE\" app")
                .containers().get(0);
        assertThat(tester.check(docker)).singleElement().satisfies(r -> {
            assertThat(r.severity()).isEqualTo(Severity.INFO);
            assertThat(r.message()).contains("cannot be decided");
        });
    }
}
