package dev.lashing.runtime.kubernetes;

import static dev.lashing.runtime.kubernetes.Manifests.at;
import static dev.lashing.runtime.kubernetes.Manifests.clean;
import static dev.lashing.runtime.kubernetes.Manifests.line;
import static dev.lashing.runtime.kubernetes.Manifests.named;
import static dev.lashing.runtime.kubernetes.Manifests.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.runtime.model.ContainerRole;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.model.Origin;
import dev.lashing.runtime.model.SelinuxLabel;
import dev.lashing.runtime.model.Sourced;
import org.junit.jupiter.api.Test;

/** Groups, roles, namespace, service account, hostProcess, security-context presence, requests and SELinux. */
class KubernetesPlacementAndGroupsTest {

    private static String pod(String podSpec, String containers) {
        return """
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                """ + podSpec.indent(2) + "  containers:\n" + containers.indent(2);
    }

    @Test
    void runAsGroupIsInheritedFromThePodAndOverriddenByTheContainer() {
        Loaded loaded = clean(pod("""
                securityContext:
                  runAsUser: 10001
                  runAsGroup: 0
                """, """
                - name: inherits
                  image: a
                - name: overrides
                  image: b
                  securityContext:
                    runAsGroup: 10001
                """));
        ContainerSpec inherits = named(loaded, "container inherits)");
        assertThat(inherits.runAsGroup().value()).isZero();
        assertThat(at(inherits.runAsGroup())).isEqualTo("runAsGroup: 0");
        assertThat(line(inherits.runAsGroup())).isEqualTo(7);
        assertThat(inherits.user().value()).isEqualTo("10001:0");
        ContainerSpec overrides = named(loaded, "container overrides)");
        assertThat(overrides.runAsGroup().value()).isEqualTo(10001L);
        assertThat(overrides.user().value()).isEqualTo("10001:10001");
    }

    @Test
    void runAsGroupUnsetIsUnknownWithoutText() {
        ContainerSpec c = only(pod("", "- {name: a, image: a}\n"));
        assertThat(c.runAsGroup().isUnresolved()).isTrue();
        assertThat(c.runAsGroup().text()).isEmpty();
    }

    @Test
    void fsGroupIsItsOwnFieldAndSupplementalGroupsAreGroupAdd() {
        ContainerSpec c = only(pod("""
                securityContext:
                  fsGroup: 0
                  supplementalGroups: [0, 2000]
                """, "- {name: a, image: a}\n"));
        assertThat(c.fsGroup().value()).hasValue(0);
        assertThat(at(c.fsGroup())).isEqualTo("fsGroup: 0");
        assertThat(c.groupAdd()).extracting(Sourced::value).containsExactly("0", "2000");
        ContainerSpec none = only(pod("", "- {name: a, image: a}\n"));
        assertThat(none.fsGroup().value()).isEmpty();
        assertThat(none.fsGroup().origin()).isEqualTo(Origin.DEFAULT);
    }

    @Test
    void templatedGroupsAreUnresolved() {
        ContainerSpec c = only(pod("""
                securityContext:
                  runAsGroup: {{ .Values.gid }}
                  fsGroup: {{ .Values.fsGroup }}
                """, "- {name: a, image: a}\n"));
        assertThat(c.runAsGroup().isUnresolved()).isTrue();
        assertThat(c.runAsGroup().text()).contains("runAsGroup");
        assertThat(c.fsGroup().isUnresolved()).isTrue();
    }

    @Test
    void rolesFollowTheListsAndTheRestartPolicy() {
        Loaded loaded = clean(pod("""
                initContainers:
                - {name: migrate, image: m}
                - {name: proxy, image: p, restartPolicy: Always}
                ephemeralContainers:
                - {name: debug, image: busybox}
                """, "- {name: app, image: a}\n"));
        assertThat(named(loaded, "init container migrate)").role().value()).isEqualTo(ContainerRole.INIT);
        assertThat(named(loaded, "init container proxy)").role().value()).isEqualTo(ContainerRole.SERVICE);
        assertThat(named(loaded, "ephemeral container debug)").role().value()).isEqualTo(ContainerRole.EPHEMERAL);
        ContainerSpec app = named(loaded, "container app)");
        assertThat(app.role().value()).isEqualTo(ContainerRole.SERVICE);
        assertThat(app.role().origin()).isEqualTo(Origin.DEFAULT);
    }

    @Test
    void aPodThatIsNotRestartedRunsAJob() {
        ContainerSpec never = only(pod("restartPolicy: Never\n", "- {name: a, image: a}\n"));
        assertThat(never.role().value()).isEqualTo(ContainerRole.JOB);
        assertThat(at(never.role())).isEqualTo("restartPolicy: Never");
        ContainerSpec onFailure = only(pod("restartPolicy: OnFailure\n", "- {name: a, image: a}\n"));
        assertThat(onFailure.role().value()).isEqualTo(ContainerRole.JOB);
        ContainerSpec always = only(pod("restartPolicy: Always\n", "- {name: a, image: a}\n"));
        assertThat(always.role().value()).isEqualTo(ContainerRole.SERVICE);
        ContainerSpec templated = only(pod("restartPolicy: {{ .Values.restart }}\n", "- {name: a, image: a}\n"));
        assertThat(templated.role().isUnresolved()).isTrue();
    }

    @Test
    void jobAndCronJobContainersAreJobsLocatedAtTheKind() {
        Loaded loaded = clean("""
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: backup, namespace: ops}
                spec:
                  schedule: "0 3 * * *"
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          restartPolicy: OnFailure
                          initContainers: [{name: wait, image: w}]
                          containers: [{name: dump, image: pg}]
                ---
                apiVersion: batch/v1
                kind: Job
                metadata: {name: migrate}
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      containers: [{name: m, image: m}]
                """);
        ContainerSpec dump = named(loaded, "container dump)");
        assertThat(dump.role().value()).isEqualTo(ContainerRole.JOB);
        assertThat(at(dump.role())).isEqualTo("kind: CronJob");
        assertThat(named(loaded, "init container wait)").role().value()).isEqualTo(ContainerRole.INIT);
        assertThat(named(loaded, "container m)").role().value()).isEqualTo(ContainerRole.JOB);
        assertThat(dump.namespace().value()).isEqualTo("ops");
    }

    @Test
    void namespaceExplicitAbsentOrTemplated() {
        ContainerSpec explicit = only("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: api
                  namespace: default
                spec:
                  template:
                    spec:
                      containers: [{name: a, image: a}]
                """);
        assertThat(explicit.namespace().value()).isEqualTo("default");
        assertThat(at(explicit.namespace())).isEqualTo("namespace: default");
        assertThat(line(explicit.namespace())).isEqualTo(5);
        ContainerSpec absent = only(pod("", "- {name: a, image: a}\n"));
        assertThat(absent.namespace().value()).isEmpty();
        assertThat(absent.namespace().origin()).isEqualTo(Origin.DEFAULT);
        ContainerSpec templated = only("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p, namespace: "{{ .Release.Namespace }}"}
                spec:
                  containers: [{name: a, image: a}]
                """);
        assertThat(templated.namespace().isUnresolved()).isTrue();
    }

    @Test
    void serviceAccountNameTheDeprecatedFieldAndTheDefault() {
        assertThat(only(pod("serviceAccountName: api\n", "- {name: a, image: a}\n")).serviceAccountName().value())
                .isEqualTo("api");
        Sourced<String> deprecated = only(pod("serviceAccount: legacy\n", "- {name: a, image: a}\n"))
                .serviceAccountName();
        assertThat(deprecated.value()).isEqualTo("legacy");
        assertThat(deprecated.text()).isEqualTo("serviceAccount: legacy");
        Sourced<String> both = only(pod("serviceAccountName: api\nserviceAccount: legacy\n",
                "- {name: a, image: a}\n")).serviceAccountName();
        assertThat(both.value()).isEqualTo("api");
        Sourced<String> none = only(pod("", "- {name: a, image: a}\n")).serviceAccountName();
        assertThat(none.value()).isEqualTo("default");
        assertThat(none.origin()).isEqualTo(Origin.DEFAULT);
    }

    @Test
    void aNamedServiceAccountStillFindsItsAutomountSetting() {
        Loaded loaded = clean("""
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: api}
                automountServiceAccountToken: false
                ---
                """ + pod("serviceAccountName: api\n", "- {name: a, image: a}\n"));
        assertThat(loaded.containers().get(0).automountServiceAccountToken().is(false)).isTrue();
    }

    @Test
    void hostProcessFromThePodOrTheContainer() {
        Loaded loaded = clean(pod("""
                hostNetwork: true
                securityContext:
                  windowsOptions:
                    hostProcess: true
                    runAsUserName: "NT AUTHORITY\\\\SYSTEM"
                """, """
                - name: inherits
                  image: mcr.microsoft.com/windows/nanoserver:ltsc2022
                - name: disabled
                  image: b
                  securityContext:
                    windowsOptions: {hostProcess: false}
                """));
        Sourced<Boolean> inherited = named(loaded, "container inherits)").hostProcess();
        assertThat(inherited.is(true)).isTrue();
        assertThat(at(inherited)).isEqualTo("hostProcess: true");
        assertThat(named(loaded, "container disabled)").hostProcess().is(false)).isTrue();
        assertThat(only(pod("", "- {name: a, image: a}\n")).hostProcess().origin()).isEqualTo(Origin.DEFAULT);
    }

    @Test
    void securityContextPresenceAtBothLevels() {
        Loaded loaded = clean(pod("securityContext: {}\n", """
                - name: bare
                  image: a
                - name: empty
                  image: b
                  securityContext: {}
                - name: set
                  image: c
                  securityContext:
                    readOnlyRootFilesystem: true
                """));
        ContainerSpec bare = named(loaded, "container bare)");
        assertThat(bare.podSecurityContext().is(false)).isTrue();
        assertThat(bare.podSecurityContext().isExplicit()).isTrue();
        assertThat(bare.containerSecurityContext().is(false)).isTrue();
        assertThat(bare.containerSecurityContext().origin()).isEqualTo(Origin.DEFAULT);
        assertThat(named(loaded, "container empty)").containerSecurityContext().isExplicit()).isTrue();
        assertThat(named(loaded, "container empty)").containerSecurityContext().is(false)).isTrue();
        assertThat(named(loaded, "container set)").containerSecurityContext().is(true)).isTrue();
        ContainerSpec podSet = only(pod("securityContext: {runAsNonRoot: true}\n", "- {name: a, image: a}\n"));
        assertThat(podSet.podSecurityContext().is(true)).isTrue();
        assertThat(at(podSet.podSecurityContext())).startsWith("securityContext:");
    }

    @Test
    void requestsWrittenDefaultedFromLimitsOrMissing() {
        Loaded loaded = clean(pod("", """
                - name: both
                  image: a
                  resources:
                    requests: {cpu: 250m, memory: 64Mi}
                    limits: {cpu: "1", memory: 128Mi}
                - name: limitsOnly
                  image: b
                  resources:
                    limits: {cpu: 500m, memory: 1Gi}
                - name: none
                  image: c
                """));
        ContainerSpec both = named(loaded, "container both)");
        assertThat(both.cpuRequest().value()).isEqualTo(0.25);
        assertThat(both.memoryRequestBytes().value()).isEqualTo(64L * 1024 * 1024);
        assertThat(at(both.cpuRequest())).isEqualTo("cpu: 250m");
        assertThat(both.cpus().value()).isEqualTo(1.0);
        ContainerSpec limitsOnly = named(loaded, "container limitsOnly)");
        assertThat(limitsOnly.cpuRequest().value()).isEqualTo(0.5);
        assertThat(limitsOnly.cpuRequest().origin()).isEqualTo(Origin.DEFAULT);
        assertThat(at(limitsOnly.cpuRequest())).isEqualTo("cpu: 500m");
        assertThat(limitsOnly.memoryRequestBytes().value()).isEqualTo(1024L * 1024 * 1024);
        ContainerSpec none = named(loaded, "container none)");
        assertThat(none.cpuRequest().value()).isZero();
        assertThat(none.memoryRequestBytes().value()).isZero();
    }

    @Test
    void aBadRequestIsALocatedErrorAndUnresolved() {
        Loaded loaded = Manifests.load(pod("", """
                - name: a
                  image: a
                  resources:
                    requests: {memory: lots}
                """));
        assertThat(Manifests.messages(loaded)).singleElement().asString().contains("memory request must be a quantity");
        assertThat(loaded.containers().get(0).memoryRequestBytes().isUnresolved()).isTrue();
    }

    @Test
    void seLinuxOptionsFromThePodAreReplacedWholeByTheContainers() {
        Loaded loaded = clean(pod("""
                securityContext:
                  seLinuxOptions: {user: system_u, role: system_r, type: spc_t, level: "s0:c1,c2"}
                """, """
                - name: inherits
                  image: a
                - name: own
                  image: b
                  securityContext:
                    seLinuxOptions:
                      level: "s0:c100,c200"
                """));
        Sourced<SelinuxLabel> inherited = named(loaded, "container inherits)").selinuxLabel();
        assertThat(inherited.value()).isEqualTo(new SelinuxLabel("system_u", "system_r", "spc_t", "s0:c1,c2"));
        assertThat(line(inherited)).isEqualTo(6);
        Sourced<SelinuxLabel> own = named(loaded, "container own)").selinuxLabel();
        assertThat(own.value()).isEqualTo(new SelinuxLabel("", "", "", "s0:c100,c200"));
        assertThat(only(pod("", "- {name: a, image: a}\n")).selinuxLabel().value()).isEqualTo(SelinuxLabel.NONE);
    }
}
