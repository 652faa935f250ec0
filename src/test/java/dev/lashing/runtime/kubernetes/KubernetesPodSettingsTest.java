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
import dev.lashing.runtime.model.EnvVar;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.model.Mount;
import dev.lashing.runtime.model.Origin;
import dev.lashing.runtime.model.PortMapping;
import dev.lashing.runtime.model.RestartPolicy;
import dev.lashing.runtime.model.Sourced;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class KubernetesPodSettingsTest {

    private static String pod(String spec) {
        return "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n" + spec.indent(2);
    }

    @Test
    void hostNamespacesAreHostAndFalseIsExplicitlyThePodsOwn() {
        ContainerSpec host = only(pod("""
                hostNetwork: true
                hostPID: true
                hostIPC: true
                containers: [{name: a, image: a}]
                """));
        assertThat(host.network().value()).isEqualTo("host");
        assertThat(host.uts().value()).isEqualTo("host");
        assertThat(host.pid().value()).isEqualTo("host");
        assertThat(host.ipc().value()).isEqualTo("host");
        assertThat(host.network().text()).isEqualTo("hostNetwork: true");
        assertThat(line(host.pid())).isEqualTo(6);
        ContainerSpec own = only(pod("""
                hostNetwork: false
                hostPID: false
                containers: [{name: a, image: a}]
                """));
        assertThat(own.network().value()).isEmpty();
        assertThat(own.network().isExplicit()).isTrue();
        assertThat(own.uts().origin()).isEqualTo(Origin.DEFAULT);
        assertThat(own.ipc().origin()).isEqualTo(Origin.DEFAULT);
    }

    @Test
    void hostUsersFalseIsAPrivateUserNamespaceAndTrueIsTheHosts() {
        assertThat(only(pod("hostUsers: false\ncontainers: [{name: a, image: a}]\n")).userns().value())
                .isEqualTo("private");
        Sourced<String> host = only(pod("hostUsers: true\ncontainers: [{name: a, image: a}]\n")).userns();
        assertThat(host.value()).isEqualTo("host");
        assertThat(host.isExplicit()).isTrue();
        Sourced<String> unset = only(pod("containers: [{name: a, image: a}]\n")).userns();
        assertThat(unset.value()).isEmpty();
        assertThat(unset.origin()).isEqualTo(Origin.DEFAULT);
    }

    @Test
    void tokenAutomountComesFromThePodElseItsServiceAccountElseTheDefault() {
        Loaded loaded = clean("""
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: quiet, namespace: prod}
                automountServiceAccountToken: false
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: default, namespace: prod}
                automountServiceAccountToken: false
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: by-account, namespace: prod}
                spec:
                  serviceAccountName: quiet
                  containers: [{name: a, image: a}]
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: pod-says, namespace: prod}
                spec:
                  serviceAccountName: quiet
                  automountServiceAccountToken: true
                  containers: [{name: b, image: b}]
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: default-account, namespace: prod}
                spec:
                  containers: [{name: c, image: c}]
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: other-namespace, namespace: dev}
                spec:
                  serviceAccountName: quiet
                  containers: [{name: d, image: d}]
                """);
        Sourced<Boolean> byAccount = named(loaded, "container a)").automountServiceAccountToken();
        assertThat(byAccount.is(false)).isTrue();
        assertThat(line(byAccount)).isEqualTo(4);
        Sourced<Boolean> podSays = named(loaded, "container b)").automountServiceAccountToken();
        assertThat(podSays.is(true)).isTrue();
        assertThat(line(podSays)).isEqualTo(23);
        assertThat(named(loaded, "container c)").automountServiceAccountToken().is(false)).isTrue();
        Sourced<Boolean> otherNamespace = named(loaded, "container d)").automountServiceAccountToken();
        assertThat(otherNamespace.is(true)).isTrue();
        assertThat(otherNamespace.origin()).isEqualTo(Origin.DEFAULT);
    }

    @Test
    void volumesBecomeBindTmpfsAndVolumeMounts() {
        ContainerSpec c = only(pod("""
                volumes:
                - name: sock
                  hostPath: {path: /var/run/docker.sock, type: Socket}
                - name: scratch
                  emptyDir: {medium: Memory, sizeLimit: 64Mi}
                - name: cache
                  emptyDir: {}
                - name: config
                  configMap: {name: app-config}
                - name: data
                  persistentVolumeClaim: {claimName: app-data, readOnly: true}
                - name: certs
                  secret: {secretName: tls-certs}
                - name: host-root
                  hostPath: {path: /}
                containers:
                - name: a
                  image: a
                  volumeMounts:
                  - {name: sock, mountPath: /var/run/docker.sock}
                  - {name: scratch, mountPath: /tmp}
                  - {name: cache, mountPath: /cache, subPath: app}
                  - {name: config, mountPath: /etc/app}
                  - {name: data, mountPath: /data}
                  - {name: certs, mountPath: /certs}
                  - {name: host-root, mountPath: /host, readOnly: true, mountPropagation: HostToContainer}
                """));
        assertThat(c.mounts()).extracting(Sourced::value).containsExactly(
                new Mount("bind", "/var/run/docker.sock", "/var/run/docker.sock", false, "", List.of("hostPath")),
                new Mount("tmpfs", "", "/tmp", false, "", List.of("emptyDir", "size=64Mi")),
                new Mount("volume", "", "/cache", false, "", List.of("emptyDir", "subPath=app")),
                new Mount("volume", "app-config", "/etc/app", true, "", List.of("configMap")),
                new Mount("volume", "app-data", "/data", true, "", List.of("persistentVolumeClaim")),
                new Mount("volume", "tls-certs", "/certs", true, "", List.of("secret")),
                new Mount("bind", "/", "/host", true, "rslave", List.of("hostPath")));
        assertThat(c.mounts().get(0).location().orElseThrow().start().line()).isEqualTo(24);
        assertThat(c.secrets()).extracting(Sourced::value).containsExactly("tls-certs");
        assertThat(at(c.secrets().get(0))).isEqualTo("secretName: tls-certs");
    }

    @Test
    void bidirectionalPropagationIsRshared() {
        ContainerSpec c = only(pod("""
                volumes: [{name: v, hostPath: {path: /mnt}}]
                containers:
                - {name: a, image: a, volumeMounts: [{name: v, mountPath: /mnt, mountPropagation: Bidirectional}]}
                """));
        assertThat(c.mounts().get(0).value().propagation()).isEqualTo("rshared");
    }

    @Test
    void aMountOfAnUndeclaredVolumeIsReported() {
        Loaded loaded = load(pod("""
                volumes: [{name: v, emptyDir: {}}]
                containers:
                - {name: a, image: a, volumeMounts: [{name: w, mountPath: /w}, {name: v, mountPath: /v}]}
                """));
        assertThat(messages(loaded)).containsExactly("volumeMount w names no volume of the pod");
        assertThat(loaded.containers().get(0).mounts()).hasSize(1);
    }

    @Test
    void theTextOfAnEnvEntryLeavesItsTrailingCommentOut() {
        ContainerSpec c = only(pod("""
                containers:
                - name: sysdig-agent
                  image: sysdig/agent:1
                  env:
                  - name: ACCESS_KEY          #REQUIRED - replace with your access key
                    value: "k#1"  # not a comment inside the quotes
                  - name: TAGS
                    value: linux:ubuntu#dev
                """));
        assertThat(c.env()).extracting(Sourced::text).containsExactly("name: ACCESS_KEY", "name: TAGS");
        assertThat(c.env().get(0).value().value()).contains("k#1");
    }

    @Test
    void podLevelResourcesBoundTheContainersThatSetNoneOfTheirOwn() {
        // the Kubernetes documentation's pod-level-resources.yaml (PodLevelResources, beta in 1.34)
        Loaded loaded = clean(pod("""
                resources:
                  limits: {cpu: "1", memory: "200Mi"}
                  requests: {cpu: "1", memory: "100Mi"}
                containers:
                - name: own
                  image: nginx:1.27
                  resources:
                    limits: {cpu: "0.5", memory: "100Mi"}
                - name: inherits
                  image: fedora:41
                """));
        ContainerSpec own = named(loaded, "own)");
        ContainerSpec inherits = named(loaded, "inherits)");
        assertThat(own.memoryBytes().value()).isEqualTo(100L * 1024 * 1024);
        assertThat(own.cpus().value()).isEqualTo(0.5);
        assertThat(inherits.memoryBytes().value()).isEqualTo(200L * 1024 * 1024);
        assertThat(inherits.memoryBytes().isExplicit()).isTrue();
        assertThat(line(inherits.memoryBytes())).isEqualTo(6);
        assertThat(inherits.cpus().value()).isEqualTo(1.0);
        assertThat(inherits.memoryRequestBytes().value()).isEqualTo(100L * 1024 * 1024);
    }

    @Test
    void aStatefulSetMountsTheClaimsOfItsVolumeClaimTemplates() {
        ContainerSpec c = only("""
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: cassandra}
                spec:
                  serviceName: cassandra
                  selector: {matchLabels: {app: cassandra}}
                  template:
                    metadata: {labels: {app: cassandra}}
                    spec:
                      containers:
                      - name: cassandra
                        image: cassandra:5
                        volumeMounts:
                        - name: cassandra-data
                          mountPath: /cassandra_data
                  volumeClaimTemplates:
                  - metadata:
                      name: cassandra-data
                    spec:
                      accessModes: [ "ReadWriteOnce" ]
                      resources: {requests: {storage: 1Gi}}
                """);
        assertThat(c.mounts()).extracting(Sourced::value).containsExactly(
                new Mount("volume", "cassandra-data", "/cassandra_data", false, "", List.of("persistentVolumeClaim")));
    }

    @Test
    void volumeClaimTemplatesAreNotVolumesOfOtherKinds() {
        Loaded loaded = load("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec:
                  template:
                    spec:
                      containers:
                      - {name: a, image: a, volumeMounts: [{name: data, mountPath: /data}]}
                  volumeClaimTemplates:
                  - metadata: {name: data}
                """);
        assertThat(messages(loaded)).containsExactly("volumeMount data names no volume of the pod");
    }

    @Test
    void environmentLiteralsReferencesAndTheSecretsTheyUse() {
        ContainerSpec c = only(pod("""
                containers:
                - name: a
                  image: a
                  env:
                  - name: MODE
                    value: production
                  - name: EMPTY
                  - name: DB_PASSWORD
                    valueFrom:
                      secretKeyRef: {name: db, key: password}
                  - name: LEVEL
                    valueFrom:
                      configMapKeyRef: {name: cfg, key: level}
                  - name: POD
                    valueFrom:
                      fieldRef: {fieldPath: metadata.name}
                  envFrom:
                  - secretRef: {name: api-keys}
                  - configMapRef: {name: cfg}
                """));
        assertThat(c.env()).extracting(Sourced::value).containsExactly(
                EnvVar.literal("MODE", "production"), EnvVar.literal("EMPTY", ""),
                new EnvVar("DB_PASSWORD", Optional.empty(), "secretKeyRef db/password"),
                new EnvVar("LEVEL", Optional.empty(), "configMapKeyRef cfg/level"),
                new EnvVar("POD", Optional.empty(), "fieldRef metadata.name"));
        assertThat(line(c.env().get(2))).isEqualTo(12);
        assertThat(c.secrets()).extracting(Sourced::value).containsExactly("db", "api-keys");
    }

    @Test
    void anUnquotedNumberInAnEnvValueIsAnErrorAsInKubectl() {
        Loaded loaded = load(pod("""
                containers:
                - name: a
                  image: a
                  env: [{name: PORT, value: 8080}]
                """));
        assertThat(messages(loaded)).containsExactly("value must be a string, not the number 8080 (quote it)");
        assertThat(loaded.containers().get(0).env()).singleElement().matches(Sourced::isUnresolved);
    }

    @Test
    void limitsAreReadAsQuantities() {
        ContainerSpec c = only(pod("""
                containers:
                - name: a
                  image: a
                  resources:
                    requests: {memory: 64Mi, cpu: 250m}
                    limits: {memory: 0.5Gi, cpu: 2}
                """));
        assertThat(c.memoryBytes().value()).isEqualTo(512L * 1024 * 1024);
        assertThat(c.memoryBytes().text()).isEqualTo("memory: 0.5Gi");
        assertThat(c.cpus().value()).isEqualTo(2.0);
        ContainerSpec none = only(pod("containers: [{name: a, image: a, resources: {requests: {memory: 1Gi}}}]\n"));
        assertThat(none.memoryBytes().origin()).isEqualTo(Origin.DEFAULT);
        assertThat(none.memoryBytes().value()).isZero();
    }

    @Test
    void badQuantitiesAreReported() {
        Loaded loaded = load(pod("""
                containers:
                - {name: a, image: a, resources: {limits: {memory: lots, cpu: -1}}}
                """));
        assertThat(messages(loaded)).containsExactly(
                "memory limit must be a quantity such as 128Mi or 1G, not \"lots\"",
                "cpu limit must be a quantity such as 500m or 2, not \"-1\"");
        assertThat(loaded.containers().get(0).memoryBytes().isUnresolved()).isTrue();
        assertThat(loaded.containers().get(0).cpus().isUnresolved()).isTrue();
    }

    @Test
    void portsWithHostPortsAndProtocols() {
        ContainerSpec c = only(pod("""
                containers:
                - name: a
                  image: a
                  ports:
                  - containerPort: 8080
                  - {containerPort: 53, protocol: UDP, hostPort: 53, hostIP: 127.0.0.1}
                """));
        assertThat(c.ports()).extracting(Sourced::value).containsExactly(
                PortMapping.exposed(8080, "tcp"),
                PortMapping.published(53, "udp", OptionalInt.of(53), "127.0.0.1"));
    }

    @Test
    void onTheHostNetworkEveryPortIsAHostPort() {
        ContainerSpec c = only(pod("hostNetwork: true\ncontainers: [{name: a, image: a, ports: [{containerPort: 9100}]}]\n"));
        assertThat(c.ports().get(0).value().hostPort()).hasValue(9100);
    }

    @Test
    void badPortsAreReported() {
        Loaded loaded = load(pod("""
                containers:
                - {name: a, image: a, ports: [{containerPort: 70000}, {name: http}, {containerPort: 80, protocol: HTTP}]}
                """));
        assertThat(messages(loaded)).containsExactly("containerPort must be between 1 and 65535, not 70000",
                "a port needs a containerPort", "protocol must be TCP, UDP or SCTP: protocol: HTTP");
        assertThat(loaded.containers().get(0).ports()).allMatch(Sourced::isUnresolved);
    }

    @Test
    void probesAreNamedAndDescribed() {
        ContainerSpec c = only(pod("""
                containers:
                - name: a
                  image: a
                  livenessProbe:
                    exec: {command: [cat, /tmp/healthy]}
                  readinessProbe:
                    httpGet: {path: /ready, port: 8443, scheme: HTTPS}
                  startupProbe:
                    tcpSocket: {port: 5432}
                """));
        assertThat(c.health().value().probes()).containsExactly("liveness", "readiness", "startup");
        assertThat(c.health().value().test()).containsExactly("exec cat /tmp/healthy", "httpGet https://:8443/ready",
                "tcpSocket :5432");
        assertThat(line(c.health())).isEqualTo(8);
        ContainerSpec grpc = only(pod("containers: [{name: a, image: a, readinessProbe: {grpc: {port: 9090}}}]\n"));
        assertThat(grpc.health().value().test()).containsExactly("grpc :9090");
        ContainerSpec none = only(pod("containers: [{name: a, image: a}]\n"));
        assertThat(none.health().origin()).isEqualTo(Origin.DEFAULT);
        assertThat(none.health().value().probes()).isEmpty();
    }

    @Test
    void restartPoliciesMapOntoTheModel() {
        Loaded loaded = clean("""
                apiVersion: v1
                kind: Pod
                metadata: {name: default}
                spec:
                  containers: [{name: a, image: a}]
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: never}
                spec:
                  restartPolicy: Never
                  initContainers: [{name: sidecar, image: s, restartPolicy: Always}]
                  containers: [{name: b, image: b}]
                  ephemeralContainers: [{name: debug, image: d}]
                ---
                apiVersion: batch/v1
                kind: Job
                metadata: {name: job}
                spec:
                  backoffLimit: 2
                  template:
                    spec:
                      restartPolicy: OnFailure
                      containers: [{name: c, image: c}]
                ---
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: cron}
                spec:
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          restartPolicy: Never
                          containers: [{name: e, image: e}]
                """);
        Sourced<RestartPolicy> always = named(loaded, "container a)").restart();
        assertThat(always.value()).isEqualTo(new RestartPolicy("always", OptionalInt.empty()));
        assertThat(always.origin()).isEqualTo(Origin.DEFAULT);
        assertThat(named(loaded, "container b)").restart().value().name()).isEqualTo("no");
        assertThat(named(loaded, "container sidecar)").restart().value().name()).isEqualTo("always");
        assertThat(named(loaded, "ephemeral container debug)").restart().value().name()).isEqualTo("no");
        Sourced<RestartPolicy> job = named(loaded, "container c)").restart();
        assertThat(job.value()).isEqualTo(new RestartPolicy("on-failure", OptionalInt.of(2)));
        assertThat(job.text()).isEqualTo("restartPolicy: OnFailure");
        assertThat(named(loaded, "container e)").restart().value()).isEqualTo(new RestartPolicy("no", OptionalInt.of(6)));
    }

    @Test
    void anUnknownRestartPolicyIsReported() {
        Loaded loaded = load(pod("restartPolicy: Sometimes\ncontainers: [{name: a, image: a}]\n"));
        assertThat(messages(loaded)).containsExactly("restartPolicy must be Always, OnFailure or Never, not \"Sometimes\"");
        assertThat(loaded.containers().get(0).restart().isUnresolved()).isTrue();
    }

    @Test
    void commandAndArgsMakeTheCommand() {
        ContainerSpec both = only(pod("""
                containers:
                - name: a
                  image: a
                  command: [sh, -c]
                  args: ["echo $HOME ${USER}"]
                """));
        assertThat(both.command().value()).containsExactly("sh", "-c", "echo $HOME ${USER}");
        assertThat(both.command().text()).isEqualTo("command: [sh, -c]");
        ContainerSpec argsOnly = only(pod("containers: [{name: a, image: a, args: [--verbose]}]\n"));
        assertThat(argsOnly.command().value()).containsExactly("--verbose");
        Loaded number = load(pod("containers: [{name: a, image: a, args: [--port, 8080]}]\n"));
        assertThat(messages(number)).containsExactly("a command argument must be a string, not the number 8080 (quote it)");
        assertThat(number.containers().get(0).command().isUnresolved()).isTrue();
    }
}
