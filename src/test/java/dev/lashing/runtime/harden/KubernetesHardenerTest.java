package dev.lashing.runtime.harden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.SourceFile;
import dev.lashing.runtime.kubernetes.KubernetesLoader;
import dev.lashing.runtime.model.Loaded;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KubernetesHardenerTest {
    /**
     * The rules only Kubernetes hardening addresses: seccomp, the token, root group, an empty security context,
     * the default account's token, requests, low GID.
     */
    private static final List<String> KUBERNETES_ONLY = List.of("RT026", "RT039", "RT041", "RT042", "RT046",
            "RT047", "RT048");

    private static Hardened harden(String text) {
        return KubernetesHardener.harden(new SourceFile("deploy.yaml", text), Optional.empty());
    }

    private static Loaded reload(String text) {
        return new KubernetesLoader().load(new SourceFile("deploy.yaml", text));
    }

    private static void assertHardenedAndIdempotent(String before) {
        Hardened once = harden(before);
        assertThat(once.errors()).isEmpty();
        Loaded again = reload(once.text());
        assertThat(again.errors()).isEmpty();
        assertThat(HardeningFindings.of(again)).isEmpty();
        assertThat(HardeningFindings.of(again, KUBERNETES_ONLY)).isEmpty();
        Hardened twice = harden(once.text());
        assertThat(twice.text()).isEqualTo(once.text());
    }

    @Test
    void flowCollectionsWithTrailingCommasStayValid() {
        // the Kubernetes documentation's image-volumes.yaml writes JSON-like flow style with trailing commas
        String before = """
                {
                  apiVersion: "v1",
                  kind: "Pod",
                  metadata: {
                    name: "image-volume",
                  },
                  spec: {
                    containers: [{
                      name: "shell",
                      image: "debian:12",
                      volumeMounts: [{
                        name: "volume",
                        mountPath: "/volume",
                      },],
                    }],
                    volumes: [{
                      name: "volume",
                      image: {reference: "quay.io/crio/artifact:v2"},
                    }],
                  },
                }
                """;
        Hardened h = harden(before);
        assertThat(h.text()).doesNotContainPattern(",\\s*,");
        assertHardenedAndIdempotent(before);
    }

    @Test
    void deploymentInKubectlStyleGetsSecurityContextResourcesAndAnEmptyDir() {
        String before = """
                # the API
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: api
                spec:
                  replicas: 2
                  template:
                    spec:
                      containers:
                      - name: app   # the main process
                        image: ghcr.io/acme/api:1.4.2
                        ports:
                        - containerPort: 8080
                """;
        Hardened h = harden(before);
        assertThat(h.text()).isEqualTo("""
                # the API
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: api
                spec:
                  replicas: 2
                  template:
                    spec:
                      containers:
                      - name: app   # the main process
                        image: ghcr.io/acme/api:1.4.2
                        ports:
                        - containerPort: 8080
                        securityContext:
                          capabilities:
                            drop: [ALL]
                          allowPrivilegeEscalation: false
                          readOnlyRootFilesystem: true
                          runAsUser: 10001
                          runAsGroup: 10001
                          runAsNonRoot: true
                          seccompProfile:
                            type: RuntimeDefault
                        volumeMounts:
                        - name: tmp
                          mountPath: /tmp
                        resources:
                          limits:
                            memory: 512Mi
                            cpu: "1"
                      volumes:
                      - name: tmp
                        emptyDir:
                          medium: Memory
                          sizeLimit: 64Mi
                      automountServiceAccountToken: false
                """);
        assertHardenedAndIdempotent(before);
        assertThat(h.notes()).anySatisfy(n -> assertThat(n).startsWith("Deployment/api (container app): ")
                .contains("automountServiceAccountToken"));
    }

    @Test
    void existingSecurityContextIsCompletedAndUnsafeValuesReplacedInPlace() {
        String before = """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: tools
                spec:
                  automountServiceAccountToken: true
                  containers:
                    - name: shell
                      image: busybox:1.36
                      securityContext:
                        privileged: true          # needed once
                        allowPrivilegeEscalation: true
                        runAsUser: 0
                        capabilities:
                          add: ["SYS_ADMIN"]
                      resources:
                        limits: {memory: 1Gi}
                """;
        Hardened h = harden(before);
        assertThat(h.text()).isEqualTo("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: tools
                spec:
                  automountServiceAccountToken: false
                  containers:
                    - name: shell
                      image: busybox:1.36
                      securityContext:
                        privileged: false          # needed once
                        allowPrivilegeEscalation: false
                        runAsUser: 10001
                        capabilities:
                          add: ["SYS_ADMIN"]
                          drop: [ALL]
                        readOnlyRootFilesystem: true
                        runAsGroup: 10001
                        runAsNonRoot: true
                        seccompProfile:
                          type: RuntimeDefault
                      resources:
                        limits: {memory: 1Gi, cpu: "1"}
                      volumeMounts:
                        - name: tmp
                          mountPath: /tmp
                  volumes:
                    - name: tmp
                      emptyDir:
                        medium: Memory
                        sizeLimit: 64Mi
                """);
        assertHardenedAndIdempotent(before);
    }

    @Test
    void podLevelSettingsThatAreAlreadyStrictAreNotRepeatedPerContainer() {
        String before = """
                apiVersion: batch/v1
                kind: CronJob
                metadata:
                  name: report
                spec:
                  schedule: "0 3 * * *"
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          automountServiceAccountToken: false
                          securityContext:
                            runAsNonRoot: true
                            runAsUser: 20000
                            seccompProfile:
                              type: RuntimeDefault
                          containers:
                          - name: report
                            image: acme/report:2
                            securityContext:
                              allowPrivilegeEscalation: false
                              readOnlyRootFilesystem: true
                              capabilities:
                                drop:
                                - ALL
                            resources:
                              limits:
                                cpu: 500m
                                memory: 256Mi
                          restartPolicy: OnFailure
                """;
        Hardened h = harden(before);
        assertThat(h.changed()).isFalse();
        assertHardenedAndIdempotent(before);
    }

    @Test
    void podLevelRootIsOverriddenInTheContainerAndEachContainerGetsItsOwnTmp() {
        String before = """
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  template:
                    spec:
                      securityContext:
                        runAsUser: 0
                      initContainers:
                      - name: init
                        image: busybox:1.36
                      containers:
                      - name: db
                        image: postgres:16
                      volumes:
                      - name: data
                        persistentVolumeClaim: {claimName: data}
                """;
        Hardened h = harden(before);
        assertThat(h.text()).contains("""
                      - name: init
                        image: busybox:1.36
                        securityContext:
                """).contains("""
                      volumes:
                      - name: data
                        persistentVolumeClaim: {claimName: data}
                      - name: init-tmp
                        emptyDir:
                          medium: Memory
                          sizeLimit: 64Mi
                      - name: db-tmp
                """).contains("""
                      - name: db-var-run-postgresql
                        emptyDir:
                """).contains("""
                        volumeMounts:
                        - name: db-tmp
                          mountPath: /tmp
                        - name: db-var-run-postgresql
                          mountPath: /var/run/postgresql
                """);
        assertThat(h.text().split("runAsUser: 10001", -1)).hasSize(3);
        assertThat(h.text()).containsOnlyOnce("automountServiceAccountToken: false");
        assertHardenedAndIdempotent(before);
    }

    @Test
    void everyDocumentOfAMultiDocumentFileIsHardenedAndOtherKindsAreUntouched() {
        String before = """
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  ports: [{port: 80}]
                ---
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: agent}
                spec:
                  template:
                    spec:
                      containers:
                      - {name: agent, image: "acme/agent:1"}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                data: {a: b}
                """;
        Hardened h = harden(before);
        assertThat(h.text()).startsWith("""
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  ports: [{port: 80}]
                ---
                """).endsWith("""
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                data: {a: b}
                """);
        assertThat(h.text()).contains("- {name: agent, image: \"acme/agent:1\", securityContext: {capabilities: "
                + "{drop: [ALL]}, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsUser: 10001, "
                + "runAsGroup: 10001, runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}, volumeMounts: "
                + "[{name: tmp, mountPath: /tmp}], resources: {limits: {memory: 512Mi, cpu: \"1\"}}}");
        assertHardenedAndIdempotent(before);
    }

    @Test
    void onlyTheSelectedWorkloadChanges() {
        String before = """
                apiVersion: v1
                kind: Pod
                metadata: {name: a}
                spec:
                  containers:
                  - {name: one, image: "x:1"}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: b}
                spec:
                  containers:
                  - {name: two, image: "x:1"}
                """;
        Hardened h = KubernetesHardener.harden(new SourceFile("p.yaml", before), Optional.of("Pod/b"));
        assertThat(h.text()).contains("- {name: one, image: \"x:1\"}").doesNotContain("- {name: two, image: \"x:1\"}");
        assertThat(KubernetesHardener.harden(new SourceFile("p.yaml", before), Optional.of("one")).text())
                .doesNotContain("- {name: one, image: \"x:1\"}").contains("- {name: two, image: \"x:1\"}");
        assertThat(KubernetesHardener.harden(new SourceFile("p.yaml", before), Optional.of("c")).errors())
                .singleElement().satisfies(e -> assertThat(e.message()).contains("no workload or container named c"));
    }

    @Test
    void unresolvedTemplateValuesAreLeftWithANote() {
        String before = """
                apiVersion: v1
                kind: Pod
                metadata: {name: a}
                spec:
                  containers:
                  - name: app
                    image: acme/app:1
                    securityContext:
                      runAsUser: {{ .Values.uid }}
                      readOnlyRootFilesystem: ${READ_ONLY}
                """;
        Hardened h = harden(before);
        assertThat(h.text()).contains("runAsUser: {{ .Values.uid }}").contains("readOnlyRootFilesystem: ${READ_ONLY}")
                .doesNotContain("runAsUser: 10001").doesNotContain("readOnlyRootFilesystem: true");
        assertThat(h.notes()).anySatisfy(n -> assertThat(n).contains("the user is unresolved"))
                .anySatisfy(n -> assertThat(n).contains("the read-only root filesystem is unresolved"));
    }

    @Test
    void ephemeralContainersAreLeftAlone() {
        String before = """
                apiVersion: v1
                kind: Pod
                metadata: {name: a}
                spec:
                  automountServiceAccountToken: false
                  securityContext: {runAsNonRoot: true, runAsUser: 10001, seccompProfile: {type: RuntimeDefault}}
                  containers:
                  - name: app
                    image: acme/app:1
                    securityContext: {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true,
                      capabilities: {drop: [ALL]}}
                    volumeMounts: [{name: tmp, mountPath: /tmp}]
                    resources: {limits: {cpu: 1, memory: 1Gi}}
                  ephemeralContainers:
                  - name: debugger
                    image: busybox:1.36
                  volumes: [{name: tmp, emptyDir: {medium: Memory}}]
                """;
        Hardened h = harden(before);
        assertThat(h.changed()).isFalse();
        assertThat(h.notes()).anySatisfy(n -> assertThat(n).contains("ephemeral container"));
    }

    @Test
    void quantitiesAndLabels() {
        assertThat(KubernetesHardener.quantity(512L * 1024 * 1024)).isEqualTo("512Mi");
        assertThat(KubernetesHardener.quantity(3L * 1024 * 1024 * 1024)).isEqualTo("3Gi");
        assertThat(KubernetesHardener.quantity(1000)).isEqualTo("1000");
        assertThat(KubernetesHardener.label("/var/cache/nginx")).isEqualTo("var-cache-nginx");
        assertThat(KubernetesHardener.label("My_App--/tmp/")).isEqualTo("my-app-tmp");
        assertThat(KubernetesHardener.label("x".repeat(80) + "/tmp")).hasSize(63);
        assertThat(KubernetesHardener.matches("Deployment/api (container app)", "api")).isTrue();
        assertThat(KubernetesHardener.matches("Deployment/api (namespace prod, container app)", "deployment/api"))
                .isTrue();
        assertThat(KubernetesHardener.matches("Deployment/api (container app)", "app")).isTrue();
        assertThat(KubernetesHardener.matches("Deployment/api (container app)", "ap")).isFalse();
    }

    @Test
    void rootGroupOfThePodIsOverriddenInTheContainer() {
        String before = """
                apiVersion: v1
                kind: Pod
                metadata: {name: a}
                spec:
                  securityContext: {runAsUser: 20000, runAsGroup: 0}
                  containers:
                  - name: app
                    image: acme/app:1
                """;
        Hardened h = harden(before);
        assertThat(h.text()).contains("    securityContext:\n      capabilities:").contains("      runAsGroup: 10001\n")
                .doesNotContain("runAsUser: 10001");
        assertHardenedAndIdempotent(before);
    }
}
