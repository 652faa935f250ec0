package dev.lashing.runtime.suppress;

import static dev.lashing.runtime.suppress.Suppressed.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.engine.RuntimeChecker;
import org.junit.jupiter.api.Test;

class KubernetesSuppressionTest {
    private final Suppressed checker = Suppressed.with("RT001", "RT010", "RT015");

    private static final String HEAD = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: agent
            """;

    @Test
    void commentAboveAContainerItemCoversThatContainerOnly() {
        RuntimeChecker.RuntimeResult r = checker.kubernetes(HEAD + """
                spec:
                  template:
                    spec:
                      containers:
                        # lashing ignore=RT001,RT010 -- node agent
                        - name: agent
                          image: agent:1.4
                          securityContext:
                            privileged: true
                        - name: sidecar
                          image: sidecar:2
                          securityContext:
                            privileged: true
                """);
        assertThat(at(r)).containsExactly("RT010@14", "RT001@17");
        assertThat(r.suppressed()).isEqualTo(2);
    }

    @Test
    void commentAboveSecurityContextCoversWhatIsInsideIt() {
        RuntimeChecker.RuntimeResult r = checker.kubernetes(HEAD + """
                spec:
                  template:
                    spec:
                      containers:
                        - name: agent
                          image: agent:1.4
                          resources: {limits: {memory: 128Mi}}
                          # lashing ignore=RT001
                          securityContext:
                            allowPrivilegeEscalation: true
                            privileged: true
                """);
        assertThat(at(r)).isEmpty();
        assertThat(r.suppressed()).isEqualTo(1);
    }

    @Test
    void commentAboveAContainerCoversPodLevelSettingsForThatContainerOnly() {
        RuntimeChecker.RuntimeResult r = checker.kubernetes(HEAD + """
                spec:
                  template:
                    spec:
                      hostNetwork: true
                      containers:
                        # lashing ignore=RT015 -- the agent reads the node's interfaces
                        - name: agent
                          image: agent:1.4
                          resources: {limits: {memory: 128Mi}}
                        - name: sidecar
                          image: sidecar:2
                          resources: {limits: {memory: 64Mi}}
                """);
        assertThat(at(r)).containsExactly("RT015@8"); // still reported for the sidecar
        assertThat(r.suppressed()).isZero();
    }

    @Test
    void commentAboveTheContainersKeyCoversEveryContainerWithItsPodLevelSettings() {
        RuntimeChecker.RuntimeResult r = checker.kubernetes(HEAD + """
                spec:
                  template:
                    spec:
                      hostNetwork: true
                      # lashing ignore=RT015
                      containers:
                        - name: agent
                          image: agent:1.4
                          resources: {limits: {memory: 128Mi}}
                        - name: sidecar
                          image: sidecar:2
                          resources: {limits: {memory: 64Mi}}
                """);
        assertThat(at(r)).isEmpty();
        assertThat(r.suppressed()).isEqualTo(1);
    }

    @Test
    void workloadAnnotationCoversEveryContainer() {
        RuntimeChecker.RuntimeResult r = checker.kubernetes("""
                apiVersion: apps/v1
                kind: DaemonSet
                metadata:
                  name: agent
                  annotations:
                    lashing.dev/ignore: "RT001,RT015 -- the node agent needs the host"
                spec:
                  template:
                    spec:
                      hostNetwork: true
                      containers:
                        - name: agent
                          image: agent:1.4
                          securityContext: {privileged: true}
                        - name: sidecar
                          image: sidecar:2
                          securityContext: {privileged: true}
                """);
        assertThat(at(r)).containsExactly("RT010@12", "RT010@15");
        assertThat(r.suppressed()).isEqualTo(3);
    }

    @Test
    void podTemplateAnnotationCoversEveryContainer() {
        RuntimeChecker.RuntimeResult r = checker.kubernetes(HEAD + """
                spec:
                  template:
                    metadata:
                      annotations:
                        lashing.dev/ignore: RT010
                    spec:
                      containers:
                        - name: agent
                          image: agent:1.4
                        - name: sidecar
                          image: sidecar:2
                """);
        assertThat(at(r)).isEmpty();
        assertThat(r.suppressed()).isEqualTo(2);
    }

    @Test
    void annotationOnACronJobsPodTemplateCounts() {
        RuntimeChecker.RuntimeResult r = checker.kubernetes("""
                apiVersion: batch/v1
                kind: CronJob
                metadata:
                  name: backup
                spec:
                  schedule: "0 3 * * *"
                  jobTemplate:
                    spec:
                      template:
                        metadata:
                          annotations:
                            lashing.dev/ignore: RT010 -- bounded by the namespace's LimitRange
                        spec:
                          restartPolicy: OnFailure
                          containers:
                            - name: backup
                              image: backup:3
                """);
        assertThat(at(r)).isEmpty();
        assertThat(r.suppressed()).isEqualTo(1);
    }

    @Test
    void kubeLinterAnnotationMapsItsCheckNameThroughRuleAliases() {
        RuntimeChecker.RuntimeResult r = checker.kubernetes("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: agent
                  annotations:
                    ignore-check.kube-linter.io/privileged-container: "docker-in-docker build agent"
                    ignore-check.kube-linter.io/minimum-three-replicas: "a singleton"
                spec:
                  template:
                    spec:
                      containers:
                        - name: agent
                          image: agent:1.4
                          resources: {limits: {memory: 128Mi}}
                          securityContext: {privileged: true}
                """);
        assertThat(at(r)).isEmpty(); // a check lashing does not have is neither unknown nor unused
        assertThat(r.suppressed()).isEqualTo(1);
    }

    @Test
    void unusedKubeLinterAnnotationIsLeftToKubeLinter() {
        RuntimeChecker.RuntimeResult r = checker.kubernetes("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: agent
                  annotations:
                    ignore-check.kube-linter.io/host-network: "kube-linter's reading differs"
                spec:
                  template:
                    spec:
                      containers:
                        - name: agent
                          image: agent:1.4
                          resources: {limits: {memory: 128Mi}}
                """);
        assertThat(at(r)).isEmpty();
    }

    @Test
    void polarisExemptionCountsOnlyWhenTrue() {
        String manifest = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: agent
                  annotations:
                    polaris.fairwinds.com/runAsPrivileged-exempt: "%s"
                    polaris.fairwinds.com/exempt: "true"
                spec:
                  template:
                    spec:
                      containers:
                        - name: agent
                          image: agent:1.4
                          resources: {limits: {memory: 128Mi}}
                          securityContext: {privileged: true}
                """;
        assertThat(at(checker.kubernetes(manifest.formatted("true")))).isEmpty();
        assertThat(at(checker.kubernetes(manifest.formatted("false")))).containsExactly("RT001@15");
    }

    @Test
    void unknownCodeInLashingAnnotationIsReportedOnTheCode() {
        RuntimeChecker.RuntimeResult r = checker.kubernetes("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: agent
                  annotations:
                    lashing.dev/ignore: "RT010, RT0015"
                spec:
                  containers:
                    - name: agent
                      image: agent:1.4
                """);
        assertThat(at(r)).containsExactly("LA002@6");
        assertThat(r.findings().get(0).location().text()).isEqualTo("RT0015");
    }

    @Test
    void unusedLashingAnnotationIsReportedAndAMalformedOneToo() {
        RuntimeChecker.RuntimeResult r = checker.kubernetes("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: agent
                  annotations:
                    lashing.dev/ignore: RT001
                spec:
                  containers:
                    - name: agent
                      image: agent:1.4
                      resources: {limits: {memory: 128Mi}}
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: other
                  annotations:
                    lashing.dev/ignore: "because it is fine"
                spec:
                  containers:
                    - name: other
                      image: other:1
                      resources: {limits: {memory: 128Mi}}
                """);
        assertThat(at(r)).containsExactly("LA001@6", "LA002@18");
        assertThat(r.findings().get(1).message()).contains("lashing.dev/ignore");
    }

    @Test
    void annotationsOfAListItemCoverThatItemOnly() {
        RuntimeChecker.RuntimeResult r = checker.kubernetes("""
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: v1
                    kind: Pod
                    metadata:
                      name: a
                      annotations: {lashing.dev/ignore: RT010}
                    spec:
                      containers:
                        - {name: a, image: a:1}
                  - apiVersion: v1
                    kind: Pod
                    metadata: {name: b}
                    spec:
                      containers:
                        - {name: b, image: b:1}
                """);
        assertThat(at(r)).containsExactly("RT010@17");
    }

    @Test
    void aBrokenDocumentDoesNotStopCommentsInTheNextOne() {
        RuntimeChecker.RuntimeResult r = checker.kubernetes("""
                apiVersion: v1
                kind: Pod
                metadata: {name: broken
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web
                spec:
                  containers:
                    # lashing ignore=RT010
                    - name: web
                      image: web:1
                """);
        assertThat(at(r)).isEmpty();
        assertThat(r.suppressed()).isEqualTo(1);
        assertThat(r.errors()).isNotEmpty();
    }

    @Test
    void globalCommentCoversEveryDocumentOfTheFile() {
        RuntimeChecker.RuntimeResult r = checker.kubernetes("""
                # lashing global ignore=RT010 -- limits come from the namespace's LimitRange
                apiVersion: v1
                kind: Pod
                metadata: {name: a}
                spec:
                  containers: [{name: a, image: a:1}]
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: b}
                spec:
                  containers: [{name: b, image: b:1}]
                """);
        assertThat(at(r)).isEmpty();
        assertThat(r.suppressed()).isEqualTo(2);
    }
}
