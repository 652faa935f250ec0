package dev.lashing.runtime.kubernetes;

import static dev.lashing.runtime.kubernetes.Manifests.at;
import static dev.lashing.runtime.kubernetes.Manifests.clean;
import static dev.lashing.runtime.kubernetes.Manifests.line;
import static dev.lashing.runtime.kubernetes.Manifests.load;
import static dev.lashing.runtime.kubernetes.Manifests.messages;
import static dev.lashing.runtime.kubernetes.Manifests.named;
import static dev.lashing.runtime.kubernetes.Manifests.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.model.Origin;
import dev.lashing.runtime.model.Sourced;
import org.junit.jupiter.api.Test;

class KubernetesSecurityContextTest {

    private static String pod(String podSecurity, String containers) {
        return """
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                """ + podSecurity.indent(2) + "  containers:\n" + containers.indent(2);
    }

    @Test
    void podRunAsNonRootIsInheritedAndLocatedAtThePod() {
        Loaded loaded = clean(pod("""
                securityContext:
                  runAsNonRoot: true
                """, """
                - name: inherits
                  image: a
                - name: overrides
                  image: b
                  securityContext:
                    runAsNonRoot: false
                """));
        ContainerSpec inherits = named(loaded, "container inherits)");
        assertThat(inherits.runAsNonRoot().is(true)).isTrue();
        assertThat(inherits.runAsNonRoot().origin()).isEqualTo(Origin.EXPLICIT);
        assertThat(line(inherits.runAsNonRoot())).isEqualTo(6);
        assertThat(inherits.runAsNonRoot().text()).isEqualTo("runAsNonRoot: true");
        ContainerSpec overrides = named(loaded, "container overrides)");
        assertThat(overrides.runAsNonRoot().is(false)).isTrue();
        assertThat(line(overrides.runAsNonRoot())).isEqualTo(13);
    }

    @Test
    void podSeccompWithAContainerOverride() {
        Loaded loaded = clean(pod("""
                securityContext:
                  seccompProfile:
                    type: Unconfined
                """, """
                - name: inherits
                  image: a
                - name: overrides
                  image: b
                  securityContext:
                    seccompProfile:
                      type: RuntimeDefault
                """));
        Sourced<String> inherited = named(loaded, "container inherits)").seccomp();
        assertThat(inherited.value()).isEqualTo("unconfined");
        assertThat(at(inherited)).isEqualTo("type: Unconfined");
        assertThat(line(inherited)).isEqualTo(7);
        Sourced<String> own = named(loaded, "container overrides)").seccomp();
        assertThat(own.value()).isEmpty();
        assertThat(own.isExplicit()).isTrue();
        assertThat(line(own)).isEqualTo(15);
    }

    @Test
    void seccompDefaultsToTheModelsDefaultAtTheContainer() {
        ContainerSpec c = only(pod("", "- {name: a, image: a}\n"));
        assertThat(c.seccomp().origin()).isEqualTo(Origin.DEFAULT);
        assertThat(c.seccomp().location()).contains(c.declaredAt());
    }

    @Test
    void localhostProfilesNameTheirFile() {
        ContainerSpec c = only(pod("", """
                - name: a
                  image: a
                  securityContext:
                    seccompProfile: {type: Localhost, localhostProfile: profiles/audit.json}
                    appArmorProfile: {type: Localhost, localhostProfile: k8s-nginx}
                """));
        assertThat(c.seccomp().value()).isEqualTo("localhost/profiles/audit.json");
        assertThat(c.apparmor().value()).isEqualTo("localhost/k8s-nginx");
    }

    @Test
    void badProfilesAreReportedAndUnresolved() {
        Loaded loaded = load(pod("", """
                - name: a
                  image: a
                  securityContext:
                    seccompProfile: {type: Localhost}
                    appArmorProfile: {type: Permissive}
                """));
        assertThat(messages(loaded)).containsExactly("seccompProfile of type Localhost needs a localhostProfile",
                "appArmorProfile type must be RuntimeDefault, Unconfined or Localhost, not \"Permissive\"");
        ContainerSpec c = loaded.containers().get(0);
        assertThat(c.seccomp().isUnresolved()).isTrue();
        assertThat(c.apparmor().isUnresolved()).isTrue();
    }

    @Test
    void appArmorFieldOverAnnotationOverPodField() {
        Loaded loaded = clean("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec:
                  template:
                    metadata:
                      annotations:
                        container.apparmor.security.beta.kubernetes.io/annotated: unconfined
                        container.apparmor.security.beta.kubernetes.io/both: unconfined
                        container.apparmor.security.beta.kubernetes.io/default: runtime/default
                    spec:
                      securityContext:
                        appArmorProfile: {type: Localhost, localhostProfile: pod-profile}
                      containers:
                      - {name: annotated, image: a}
                      - name: both
                        image: b
                        securityContext:
                          appArmorProfile: {type: RuntimeDefault}
                      - {name: plain, image: c}
                      - {name: default, image: d}
                """);
        Sourced<String> annotated = named(loaded, "container annotated)").apparmor();
        assertThat(annotated.value()).isEqualTo("unconfined");
        assertThat(line(annotated)).isEqualTo(8);
        assertThat(named(loaded, "container both)").apparmor().value()).isEmpty();
        assertThat(line(named(loaded, "container both)").apparmor())).isEqualTo(19);
        assertThat(named(loaded, "container plain)").apparmor().value()).isEqualTo("localhost/pod-profile");
        assertThat(named(loaded, "container default)").apparmor().value()).isEmpty();
        assertThat(named(loaded, "container default)").apparmor().isExplicit()).isTrue();
    }

    @Test
    void aBadAppArmorAnnotationIsReported() {
        Loaded loaded = load("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: p
                  annotations:
                    container.apparmor.security.beta.kubernetes.io/a: disabled
                spec:
                  containers: [{name: a, image: a}]
                """);
        assertThat(messages(loaded)).singleElement().asString().startsWith("AppArmor annotation must be");
        assertThat(loaded.containers().get(0).apparmor().isUnresolved()).isTrue();
    }

    @Test
    void spcTypeSwitchesSelinuxOffAndContainerOptionsReplaceThePods() {
        Loaded loaded = clean(pod("""
                securityContext:
                  seLinuxOptions: {type: spc_t}
                """, """
                - {name: inherits, image: a}
                - name: overrides
                  image: b
                  securityContext:
                    seLinuxOptions: {level: "s0:c123,c456"}
                """));
        assertThat(named(loaded, "container inherits)").selinuxDisabled().is(true)).isTrue();
        Sourced<Boolean> own = named(loaded, "container overrides)").selinuxDisabled();
        assertThat(own.is(false)).isTrue();
        assertThat(own.isExplicit()).isTrue();
        assertThat(line(own)).isEqualTo(12);
    }

    @Test
    void containerOnlySettingsMapOntoTheModel() {
        ContainerSpec c = only(pod("", """
                - name: a
                  image: a
                  securityContext:
                    privileged: true
                    allowPrivilegeEscalation: false
                    readOnlyRootFilesystem: true
                    procMount: Unmasked
                    capabilities:
                      add: [NET_ADMIN, cap_sys_time]
                      drop: [all]
                """));
        assertThat(c.privileged().is(true)).isTrue();
        assertThat(c.privileged().text()).isEqualTo("privileged: true");
        assertThat(c.noNewPrivileges().is(true)).isTrue();
        assertThat(c.noNewPrivileges().text()).isEqualTo("allowPrivilegeEscalation: false");
        assertThat(c.readOnlyRootFilesystem().is(true)).isTrue();
        assertThat(c.unmaskedPaths().is(true)).isTrue();
        assertThat(c.capAdd()).extracting(Sourced::value).containsExactly("NET_ADMIN", "SYS_TIME");
        assertThat(c.capAdd()).extracting(Sourced::text).containsExactly("NET_ADMIN", "cap_sys_time");
        assertThat(c.capDrop()).extracting(Sourced::value).containsExactly("ALL");
    }

    @Test
    void escalationIsAllowedByDefault() {
        ContainerSpec c = only(pod("", "- {name: a, image: a, securityContext: {allowPrivilegeEscalation: true}}\n"));
        assertThat(c.noNewPrivileges().is(false)).isTrue();
        assertThat(c.noNewPrivileges().isExplicit()).isTrue();
        ContainerSpec unset = only(pod("", "- {name: a, image: a}\n"));
        assertThat(unset.noNewPrivileges().is(false)).isTrue();
        assertThat(unset.noNewPrivileges().origin()).isEqualTo(Origin.DEFAULT);
        assertThat(unset.unmaskedPaths().is(false)).isTrue();
    }

    @Test
    void runAsUserAndGroupMakeTheUserFromWhicheverLevelSetsThem() {
        Loaded loaded = clean(pod("""
                securityContext: {runAsUser: 1000, runAsGroup: 3000}
                """, """
                - {name: both, image: a}
                - {name: own-user, image: b, securityContext: {runAsUser: 0}}
                """));
        ContainerSpec both = named(loaded, "container both)");
        assertThat(both.user().value()).isEqualTo("1000:3000");
        assertThat(both.runAsUser().value()).isEqualTo(1000L);
        ContainerSpec own = named(loaded, "container own-user)");
        assertThat(own.user().value()).isEqualTo("0:3000");
        assertThat(own.runAsUser().value()).isZero();
        assertThat(line(own.runAsUser())).isEqualTo(8);
    }

    @Test
    void aGroupAloneLeavesTheImagesUser() {
        ContainerSpec c = only(pod("securityContext: {runAsGroup: 0}\n", "- {name: a, image: a}\n"));
        assertThat(c.user().origin()).isEqualTo(Origin.DEFAULT);
        assertThat(c.runAsUser().isUnresolved()).isTrue(); // the model's "not known" for an unset UID
    }

    @Test
    void podOnlySettingsReachEveryContainer() {
        Loaded loaded = clean(pod("""
                securityContext:
                  sysctls:
                  - {name: net.ipv4.ip_unprivileged_port_start, value: "0"}
                  - {name: kernel.shm_rmid_forced, value: "1"}
                  supplementalGroups: [4000, 0]
                  fsGroup: 2000
                """, """
                - {name: a, image: a}
                - {name: b, image: b}
                """));
        for (ContainerSpec c : loaded.containers()) {
            assertThat(c.sysctls()).extracting(Sourced::value).containsExactly(
                    "net.ipv4.ip_unprivileged_port_start=0", "kernel.shm_rmid_forced=1");
            assertThat(c.groupAdd()).extracting(Sourced::value).containsExactly("4000", "0");
            assertThat(c.fsGroup().value()).hasValue(2000);
            assertThat(line(c.fsGroup())).isEqualTo(10);
        }
    }

    @Test
    void wrongTypesAreLocatedErrorsAndLeaveTheSettingUnresolved() {
        Loaded loaded = load(pod("""
                securityContext:
                  runAsUser: "abc"
                """, """
                - name: a
                  image: a
                  securityContext:
                    privileged: "true"
                    runAsNonRoot: 1
                    readOnlyRootFilesystem: [true]
                """));
        assertThat(messages(loaded)).containsExactly(
                "runAsUser must be an integer, not the string \"abc\"",
                "privileged must be true or false, not the string \"true\"",
                "runAsNonRoot must be true or false, not the number 1",
                "readOnlyRootFilesystem must be true or false, not a list");
        assertThat(loaded.errors().get(0).location().orElseThrow().start().line()).isEqualTo(6);
        assertThat(loaded.errors().get(0).location().orElseThrow().start().column()).isEqualTo(16);
        ContainerSpec c = loaded.containers().get(0);
        assertThat(c.runAsUser().isUnresolved()).isTrue();
        assertThat(c.user().isUnresolved()).isTrue();
        assertThat(c.privileged().isUnresolved()).isTrue();
        assertThat(c.runAsNonRoot().isUnresolved()).isTrue();
        assertThat(c.readOnlyRootFilesystem().isUnresolved()).isTrue();
    }

    @Test
    void yaml11BooleansCountAsKubectlReadsThem() {
        ContainerSpec c = only(pod("", "- {name: a, image: a, securityContext: {privileged: yes, "
                + "readOnlyRootFilesystem: off}}\n"));
        assertThat(c.privileged().is(true)).isTrue();
        assertThat(c.readOnlyRootFilesystem().is(false)).isTrue();
    }

    @Test
    void outOfRangeIdsAreReported() {
        Loaded loaded = load(pod("securityContext: {runAsUser: -1}\n", "- {name: a, image: a}\n"));
        assertThat(messages(loaded)).containsExactly("runAsUser must be between 0 and 2147483647, not -1");
        assertThat(loaded.containers().get(0).runAsUser().isUnresolved()).isTrue();
    }

    @Test
    void aContainerSecurityContextLeftAsATemplateMakesItsSettingsUnresolved() {
        Loaded loaded = clean(pod("""
                securityContext:
                  runAsNonRoot: true
                """, """
                - name: a
                  image: a
                  securityContext: {{ toYaml .Values.securityContext }}
                """));
        ContainerSpec c = loaded.containers().get(0);
        assertThat(c.privileged().isUnresolved()).isTrue();
        assertThat(c.runAsNonRoot().isUnresolved()).isTrue();
        assertThat(c.capDrop()).singleElement().matches(Sourced::isUnresolved);
        assertThat(c.privileged().text()).isEqualTo("securityContext: {{ toYaml .Values.securityContext }}");
    }
}
