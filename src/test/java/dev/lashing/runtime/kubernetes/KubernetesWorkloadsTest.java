package dev.lashing.runtime.kubernetes;

import static dev.lashing.runtime.kubernetes.Manifests.clean;
import static dev.lashing.runtime.kubernetes.Manifests.load;
import static dev.lashing.runtime.kubernetes.Manifests.messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.InputError;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.model.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class KubernetesWorkloadsTest {

    private static final String EVERY_KIND = """
            apiVersion: v1
            kind: Pod
            metadata: {name: pod}
            spec:
              containers: [{name: a, image: a}]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: deploy}
            spec:
              template:
                spec:
                  containers: [{name: b, image: b}]
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: sts}
            spec:
              template:
                spec:
                  containers: [{name: c, image: c}]
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: ds}
            spec:
              template:
                spec:
                  containers: [{name: d, image: d}]
            ---
            apiVersion: apps/v1
            kind: ReplicaSet
            metadata: {name: rs}
            spec:
              template:
                spec:
                  containers: [{name: e, image: e}]
            ---
            apiVersion: v1
            kind: ReplicationController
            metadata: {name: rc}
            spec:
              template:
                spec:
                  containers: [{name: f, image: f}]
            ---
            apiVersion: batch/v1
            kind: Job
            metadata: {name: job}
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers: [{name: g, image: g}]
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: cron}
            spec:
              schedule: "*/5 * * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      containers: [{name: h, image: h}]
            ---
            apiVersion: v1
            kind: PodTemplate
            metadata: {name: tpl}
            template:
              spec:
                containers: [{name: i, image: i}]
            """;

    @Test
    void everyWorkloadKindYieldsItsContainersInInputOrder() {
        Loaded loaded = clean(EVERY_KIND);
        assertThat(loaded.containers()).extracting(ContainerSpec::name).containsExactly(
                "Pod/pod (container a)", "Deployment/deploy (container b)", "StatefulSet/sts (container c)",
                "DaemonSet/ds (container d)", "ReplicaSet/rs (container e)",
                "ReplicationController/rc (container f)", "Job/job (container g)", "CronJob/cron (container h)",
                "PodTemplate/tpl (container i)");
        assertThat(loaded.containers()).allMatch(c -> c.kind() == SourceKind.KUBERNETES);
        assertThat(loaded.containers()).extracting(c -> c.image().value())
                .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i");
        assertThat(loaded.sources()).extracting(s -> s.path()).containsExactly("k8s.yaml");
    }

    @Test
    void declarationPointsAtTheContainersListItem() {
        ContainerSpec c = clean(EVERY_KIND).containers().get(7);
        assertThat(c.declaredAt().start().line()).isEqualTo(66);
        assertThat(c.declaredAt().text()).isEqualTo("{name: h, image: h}");
        assertThat(c.privileged().location()).contains(c.declaredAt());
    }

    @Test
    void initAndEphemeralContainersAreReadInWrittenOrderAndNamedByRole() {
        Loaded loaded = clean("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: api
                  namespace: prod
                spec:
                  template:
                    spec:
                      initContainers:
                      - name: migrate
                        image: migrate:1
                      containers:
                      - name: app
                        image: app:1
                      - name: sidecar
                        image: envoy:1
                      ephemeralContainers:
                      - name: debugger
                        image: busybox
                """);
        assertThat(loaded.containers()).extracting(ContainerSpec::name).containsExactly(
                "Deployment/api (namespace prod, init container migrate)",
                "Deployment/api (namespace prod, container app)",
                "Deployment/api (namespace prod, container sidecar)",
                "Deployment/api (namespace prod, ephemeral container debugger)");
    }

    @Test
    void kindsOfOtherApiGroupsAreCustomResourcesAndSkipped() {
        Loaded loaded = clean("""
                apiVersion: batch.volcano.sh/v1alpha1
                kind: Job
                metadata: {name: volcano}
                spec:
                  tasks: [{replicas: 1}]
                """);
        assertThat(loaded.containers()).isEmpty();
    }

    @Test
    void nonWorkloadKindsAreSkippedWithoutNoise() {
        Loaded loaded = clean("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: cfg}
                data: {a: b}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: svc}
                spec:
                  ports: [{port: 80}]
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: s}
                stringData: {password: hunter2}
                ---
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: widgets.example.com}
                spec: {group: example.com}
                ---
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: w}
                spec:
                  containers: [{name: x, image: x}]
                """);
        assertThat(loaded.containers()).isEmpty();
    }

    @Test
    void listObjectsAndTypedListsAreFlattened() {
        Loaded loaded = clean("""
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Pod
                  metadata: {name: one}
                  spec:
                    containers: [{name: a, image: a}]
                - apiVersion: v1
                  kind: ConfigMap
                  metadata: {name: ignored}
                ---
                apiVersion: apps/v1
                kind: DeploymentList
                items:
                - apiVersion: apps/v1
                  kind: Deployment
                  metadata: {name: two}
                  spec:
                    template:
                      spec:
                        containers: [{name: b, image: b}]
                """);
        assertThat(loaded.containers()).extracting(ContainerSpec::name)
                .containsExactly("Pod/one (container a)", "Deployment/two (container b)");
    }

    @Test
    void helmTemplateOutputWithSourceCommentsAndEmptyDocumentsLoads() {
        Loaded loaded = clean("""
                ---
                # Source: app/templates/serviceaccount.yaml
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: release-app
                  labels:
                    helm.sh/chart: app-0.1.0
                ---
                # Source: app/templates/hpa.yaml
                # (disabled)
                ---
                # Source: app/templates/deployment.yaml
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: release-app
                  labels:
                    app.kubernetes.io/managed-by: Helm
                spec:
                  replicas: 1
                  selector:
                    matchLabels:
                      app.kubernetes.io/name: app
                  template:
                    metadata:
                      labels:
                        app.kubernetes.io/name: app
                    spec:
                      serviceAccountName: release-app
                      securityContext:
                        {}
                      containers:
                        - name: app
                          securityContext:
                            {}
                          image: "nginx:1.16.0"
                          imagePullPolicy: IfNotPresent
                          ports:
                            - name: http
                              containerPort: 80
                              protocol: TCP
                          livenessProbe:
                            httpGet:
                              path: /
                              port: http
                          resources:
                            {}
                ---
                """);
        assertThat(loaded.containers()).hasSize(1);
        ContainerSpec app = loaded.containers().get(0);
        assertThat(app.name()).isEqualTo("Deployment/release-app (container app)");
        assertThat(app.image().value()).isEqualTo("nginx:1.16.0");
        assertThat(app.image().location().orElseThrow().start().line()).isEqualTo(37);
        assertThat(app.health().value().test()).containsExactly("httpGet :http/");
    }

    @Test
    void documentsWithoutKindAreSkippedUnlessTheyHoldContainers() {
        Loaded loaded = load("""
                replicaCount: 1
                image: {repository: nginx}
                ---
                metadata: {name: half}
                spec:
                  containers: [{name: a, image: a}]
                ---
                spec:
                  template:
                    spec:
                      containers: [{name: b, image: b}]
                """);
        assertThat(loaded.containers()).isEmpty();
        assertThat(loaded.errors()).hasSize(2);
        assertThat(loaded.errors().get(0).message()).contains("no kind");
        assertThat(loaded.errors().get(0).location().orElseThrow().start().line()).isEqualTo(4);
        assertThat(loaded.errors().get(1).location().orElseThrow().start().line()).isEqualTo(8);
    }

    @Test
    void aWorkloadWithoutApiVersionIsReportedAndStillRead() {
        Loaded loaded = load("""
                kind: Pod
                metadata: {name: p}
                spec:
                  containers: [{name: a, image: a}]
                """);
        assertThat(loaded.containers()).hasSize(1);
        assertThat(messages(loaded)).containsExactly("Pod without an apiVersion (kubectl refuses it)");
    }

    @Test
    void aBrokenDocumentIsReportedWhileTheOthersLoad() {
        Loaded loaded = load("""
                apiVersion: v1
                kind: Pod
                metadata: {name: first}
                spec:
                  containers: [{name: a, image: a}]
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: broken
                spec:
                  containers: [{name: b, image: b}]
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: third}
                spec:
                  containers: [{name: c, image: c}]
                """);
        assertThat(loaded.containers()).extracting(ContainerSpec::name)
                .containsExactly("Pod/first (container a)", "Pod/third (container c)");
        assertThat(loaded.errors()).hasSize(1);
        InputError error = loaded.errors().get(0);
        assertThat(error.message()).startsWith("invalid YAML");
        assertThat(error.file()).isEqualTo("k8s.yaml");
        assertThat(error.location().orElseThrow().start().line()).isBetween(9, 11);
        // locations after the broken document still count lines of the whole file
        assertThat(loaded.containers().get(1).declaredAt().start().line()).isEqualTo(17);
    }

    @Test
    void brokenWorkloadsAreReportedWithTheirObject() {
        Loaded loaded = load("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: no-template}
                spec: {replicas: 2}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: empty}
                spec: {containers: []}
                ---
                apiVersion: batch/v1
                kind: Job
                metadata: {name: forever}
                spec:
                  template:
                    spec:
                      containers: [{name: j, image: j}]
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: nameless}
                spec:
                  containers: [{image: x}, {name: noimage}, 42]
                """);
        assertThat(messages(loaded)).containsExactly(
                "Deployment/no-template has no pod template (spec.template): no container read",
                "Pod/empty has no containers",
                "Job/forever: a Job's pod template needs restartPolicy OnFailure or Never (Kubernetes refuses it "
                        + "without one)",
                "Pod/nameless: a container needs a name",
                "Pod/nameless (container noimage) has no image",
                "Pod/nameless: a container must be a mapping, not the number 42");
        assertThat(loaded.containers()).extracting(ContainerSpec::name).containsExactly("Job/forever (container j)",
                "Pod/nameless (container (unnamed))", "Pod/nameless (container noimage)");
        assertThat(loaded.containers().get(0).restart().isUnresolved()).isTrue();
    }

    @Test
    void aWronglyTypedTemplateOrContainerListIsReportedOnce() {
        Loaded loaded = load("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec:
                  template: 5
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers: {name: a, image: a}
                """);
        assertThat(messages(loaded)).containsExactly("template must be a mapping, not the number 5",
                "containers must be a list, not a mapping");
        assertThat(loaded.containers()).isEmpty();
    }

    @Test
    void aKindLeftAsATemplateIsReportedWhenTheObjectHasContainers() {
        Loaded loaded = load("""
                apiVersion: apps/v1
                kind: {{ .Values.kind }}
                metadata: {name: d}
                spec:
                  template:
                    spec:
                      containers: [{name: a, image: a}]
                ---
                kind: {{ .Values.kind }}
                data: {a: b}
                """);
        assertThat(messages(loaded)).containsExactly(
                "an object with containers whose kind is a template left unrendered: not read");
    }

    @Test
    void generateNameStandsInForAMissingName() {
        assertThat(clean("""
                apiVersion: batch/v1
                kind: Job
                metadata: {generateName: backup-}
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      containers: [{name: b, image: b}]
                """).containers().get(0).name()).isEqualTo("Job/backup-* (container b)");
    }

    @Test
    void billionLaughsIsRefusedWithAClearError() {
        StringBuilder b = new StringBuilder("apiVersion: v1\nkind: Pod\nmetadata: {name: lol}\nx:\n  a: &a [lol, lol, lol, "
                + "lol, lol, lol, lol, lol, lol]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            b.append("  ").append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                b.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            b.append("]\n");
            prev = c;
        }
        b.append("spec:\n  containers: [{name: a, image: a}]\n");
        Loaded loaded = load(b.toString());
        assertThat(loaded.containers()).isEmpty();
        assertThat(messages(loaded)).singleElement().asString().contains("billion laughs");
    }

    @Test
    void manySmallBombsShareOneBudgetForTheWholeFile() {
        // each document stays under the per-document limit; together they would expand to billions of nodes
        StringBuilder doc = new StringBuilder("a0: &a0 [x, x, x, x]\n");
        for (int i = 1; i <= 9; i++) {
            doc.append("a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 4; k++) {
                doc.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            doc.append("]\n");
        }
        String manifest = ("---\n" + doc).repeat(200);
        Loaded loaded = load(manifest);
        assertThat(loaded.containers()).isEmpty();
        assertThat(messages(loaded)).singleElement().asString().contains("billion laughs")
                .contains("the rest of the manifest is not read");
    }

    @Test
    void aHugeManifestIsRefusedWithAClearError() {
        String filler = "# " + "x".repeat(1000) + "\n";
        String huge = "apiVersion: v1\nkind: Pod\n" + filler.repeat(17_000);
        Loaded loaded = load(huge);
        assertThat(loaded.containers()).isEmpty();
        assertThat(loaded.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).startsWith("manifest too large");
            assertThat(e.file()).isEqualTo("k8s.yaml");
        });
    }

    @Test
    void tooManyContainersStopReadingWithAnError() {
        String pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n"
                + "  - {name: c, image: i}\n".repeat(KubernetesLoader.MAX_CONTAINERS + 5);
        Loaded loaded = load(pod);
        assertThat(loaded.containers()).hasSize(KubernetesLoader.MAX_CONTAINERS);
        assertThat(messages(loaded)).singleElement().asString().startsWith("manifest too large");
    }

    @Test
    void anEmptyOrCommentOnlyFileHasNothing() {
        assertThat(clean("").containers()).isEmpty();
        assertThat(clean("# nothing\n---\n---\n").containers()).isEmpty();
        assertThat(clean("just a string\n").containers()).isEmpty();
    }
}
