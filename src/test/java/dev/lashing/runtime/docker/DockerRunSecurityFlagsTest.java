package dev.lashing.runtime.docker;

import static dev.lashing.runtime.docker.RunLines.errors;
import static dev.lashing.runtime.docker.RunLines.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Sourced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DockerRunSecurityFlagsTest {

    @Test
    void privilegedIsExplicitWhenWrittenAndFalseByDefault() {
        assertThat(spec("docker run --privileged x").privileged().is(true)).isTrue();
        ContainerSpec plain = spec("docker run x");
        assertThat(plain.privileged().is(false)).isTrue();
        assertThat(plain.privileged().isExplicit()).isFalse();
    }

    @Test
    void capabilitiesAreUpperCaseWithoutThePrefix() {
        ContainerSpec s = spec("docker run --cap-drop=all --cap-add cap_net_bind_service --cap-add=CAP_SYS_ADMIN"
                + " --cap-add Sys_Ptrace x");
        assertThat(s.capDrop()).extracting(Sourced::value).containsExactly("ALL");
        assertThat(s.capAdd()).extracting(Sourced::value).containsExactly("NET_BIND_SERVICE", "SYS_ADMIN", "SYS_PTRACE");
    }

    @Test
    void unknownCapabilitiesAreErrors() {
        assertThat(errors("docker run --cap-add SYS_ADMIN,NET_ADMIN x")).singleElement().asString()
                .contains("unknown capability \"SYS_ADMIN,NET_ADMIN\"");
        assertThat(errors("docker run --cap-add CAP_FOO x")).singleElement().asString().contains("unknown capability");
    }

    @Test
    void podmanSplitsCapabilityListsAtCommas() {
        assertThat(spec("podman run --cap-add SYS_ADMIN,net_admin x").capAdd()).extracting(Sourced::value)
                .containsExactly("SYS_ADMIN", "NET_ADMIN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-new-privileges", "no-new-privileges=true", "no-new-privileges:true",
        "no-new-privileges=1"})
    void noNewPrivilegesInEverySpelling(String opt) {
        ContainerSpec s = spec("docker run --security-opt " + opt + " x");
        assertThat(s.noNewPrivileges().is(true)).isTrue();
        assertThat(s.noNewPrivileges().text()).isEqualTo("--security-opt " + opt);
    }

    @Test
    void noNewPrivilegesCanBeSwitchedOffExplicitly() {
        ContainerSpec s = spec("docker run --security-opt=no-new-privileges=false x");
        assertThat(s.noNewPrivileges().is(false)).isTrue();
        assertThat(s.noNewPrivileges().isExplicit()).isTrue();
    }

    @Test
    void seccompAndApparmorProfiles() {
        assertThat(spec("docker run --security-opt seccomp=unconfined x").seccomp().value()).isEqualTo("unconfined");
        assertThat(spec("docker run --security-opt seccomp:unconfined x").seccomp().value()).isEqualTo("unconfined");
        assertThat(spec("docker run --security-opt seccomp=/etc/p.json x").seccomp().value()).isEqualTo("/etc/p.json");
        assertThat(spec("docker run --security-opt seccomp=builtin x").seccomp().value()).isEmpty();
        assertThat(spec("docker run --security-opt apparmor=unconfined x").apparmor().value()).isEqualTo("unconfined");
        assertThat(spec("docker run --security-opt apparmor=my-profile x").apparmor().value()).isEqualTo("my-profile");
    }

    @ParameterizedTest
    @ValueSource(strings = {"label=disable", "label:disable", "label=type:spc_t", "label:type:unconfined_t"})
    void selinuxSeparationSwitchedOff(String opt) {
        assertThat(spec("docker run --security-opt " + opt + " x").selinuxDisabled().is(true)).isTrue();
    }

    @Test
    void otherLabelsKeepSeparation() {
        ContainerSpec s = spec("docker run --security-opt label=type:container_t --security-opt label=level:s0:c1,c2 x");
        assertThat(s.selinuxDisabled().isExplicit()).isFalse();
    }

    @Test
    void systemPathsUnconfinedUnmasksProc() {
        assertThat(spec("docker run --security-opt systempaths=unconfined x").unmaskedPaths().is(true)).isTrue();
        assertThat(spec("podman run --security-opt unmask=ALL x").unmaskedPaths().is(true)).isTrue();
        assertThat(spec("podman run --security-opt mask=/proc/foo x").unmaskedPaths().isExplicit()).isFalse();
    }

    @Test
    void badSecurityOptionsAreErrors() {
        assertThat(errors("docker run --security-opt bogus x")).singleElement().asString()
                .endsWith("--security-opt: invalid security option \"bogus\"");
        assertThat(errors("docker run --security-opt seccomp x")).singleElement().asString().contains("needs a value");
        assertThat(errors("docker run --security-opt systempaths=open x")).hasSize(1);
        assertThat(errors("docker run --security-opt unmask=ALL x")).hasSize(1);
        assertThat(errors("docker run --security-opt label=bogus x")).hasSize(1);
    }

    @Test
    void userAndNumericUid() {
        ContainerSpec s = spec("docker run -u 1000:1000 x");
        assertThat(s.user().value()).isEqualTo("1000:1000");
        assertThat(s.runAsUser().value()).isEqualTo(1000L);
        assertThat(spec("docker run --user root x").runAsUser().value()).isZero();
        assertThat(spec("docker run --user 0 x").runAsUser().value()).isZero();
        assertThat(spec("docker run --user app:app x").runAsUser().isUnresolved()).isTrue();
        assertThat(spec("docker run x").runAsUser().isUnresolved()).isTrue();
    }

    @Test
    void readOnlyRootFilesystem() {
        assertThat(spec("docker run --read-only x").readOnlyRootFilesystem().is(true)).isTrue();
        assertThat(spec("docker run x").readOnlyRootFilesystem().is(false)).isTrue();
    }

    @Test
    void namespacesAsWritten() {
        ContainerSpec s = spec("docker run --network=host --pid host --ipc=container:db --uts host --userns=host"
                + " --cgroupns host x");
        assertThat(s.network().value()).isEqualTo("host");
        assertThat(s.pid().value()).isEqualTo("host");
        assertThat(s.ipc().value()).isEqualTo("container:db");
        assertThat(s.uts().value()).isEqualTo("host");
        assertThat(s.userns().value()).isEqualTo("host");
        assertThat(spec("docker run --net none x").network().value()).isEqualTo("none");
        assertThat(errors("docker run --cgroupns shared x")).hasSize(1);
    }

    @Test
    void theHostNetworkWinsOverAnotherNetworkWhateverTheOrder() {
        assertThat(spec("docker run --network app --network host x").network().value()).isEqualTo("host");
        assertThat(spec("docker run --network app --network db x").network().value()).isEqualTo("app");
        assertThat(spec("podman run --network mynet:ip=10.0.0.2 x").network().value()).isEqualTo("mynet");
    }

    @Test
    void devicesGroupsAndSysctls() {
        ContainerSpec s = spec("docker run --device /dev/fuse --device=/dev/sda:/dev/xvda:rwm --group-add docker"
                + " --sysctl net.ipv4.ip_forward=1 x");
        assertThat(s.devices()).extracting(Sourced::value).containsExactly("/dev/fuse", "/dev/sda:/dev/xvda:rwm");
        assertThat(s.groupAdd()).extracting(Sourced::value).containsExactly("docker");
        assertThat(s.sysctls()).extracting(Sourced::value).containsExactly("net.ipv4.ip_forward=1");
        assertThat(errors("docker run --sysctl kernel.x x")).singleElement().asString().contains("expected name=value");
    }

    @Test
    void oomKillerSwitch() {
        assertThat(spec("docker run --oom-kill-disable x").oomKillDisable().is(true)).isTrue();
    }

    @Test
    void anUnresolvedSecurityOptionMarksTheOptionItSets() {
        ContainerSpec s = spec("docker run --security-opt seccomp=$PROFILE x");
        assertThat(s.seccomp().isUnresolved()).isTrue();
        assertThat(errors("docker run --security-opt $OPT x")).singleElement().asString().contains("cannot be known");
    }
}
