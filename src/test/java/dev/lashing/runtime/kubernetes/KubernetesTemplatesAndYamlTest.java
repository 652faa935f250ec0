package dev.lashing.runtime.kubernetes;

import static dev.lashing.runtime.kubernetes.Manifests.clean;
import static dev.lashing.runtime.kubernetes.Manifests.load;
import static dev.lashing.runtime.kubernetes.Manifests.messages;
import static dev.lashing.runtime.kubernetes.Manifests.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.EnvVar;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.model.Sourced;
import org.junit.jupiter.api.Test;

/** Helm and envsubst leftovers, and the YAML details kubectl is particular about. */
class KubernetesTemplatesAndYamlTest {

    private static final String HELM_LEFTOVERS = """
            # Source: app/templates/deployment.yaml
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: {{ include "app.fullname" . }}
            spec:
              template:
                spec:
                  hostNetwork: {{ .Values.hostNetwork }}
                  securityContext:
                    runAsUser: {{ .Values.uid }}
                    runAsNonRoot: true
                  containers:
                    - name: app
                      image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
                      env:
                        - name: DB_PASSWORD
                          value: "{{ .Values.db.password }}"
                        - name: REGION
                          value: ${REGION}
                        - name: MODE
                          value: production
                      resources:
                        limits:
                          memory: {{ .Values.memory }}
                      volumeMounts: {{ toYaml .Values.mounts }}
                      securityContext:
                        privileged: {{ .Values.privileged }}
            """;

    @Test
    void helmValuesLeftInAreUnresolvedNeverGuessedAndNotErrors() {
        ContainerSpec c = only(HELM_LEFTOVERS);
        assertThat(c.name()).isEqualTo("Deployment/{{ include \"app.fullname\" . }} (container app)");
        assertThat(c.image().isUnresolved()).isTrue();
        assertThat(c.image().text()).startsWith("image: \"{{ .Values.image.repository }}");
        assertThat(c.network().isUnresolved()).isTrue();
        assertThat(c.uts().isUnresolved()).isTrue();
        assertThat(c.runAsUser().isUnresolved()).isTrue();
        assertThat(c.runAsUser().location().orElseThrow().start().line()).isEqualTo(11);
        assertThat(c.runAsNonRoot().is(true)).isTrue();
        assertThat(c.memoryBytes().isUnresolved()).isTrue();
        assertThat(c.privileged().isUnresolved()).isTrue();
        assertThat(c.mounts()).singleElement().matches(Sourced::isUnresolved);
        assertThat(c.env()).hasSize(3);
        assertThat(c.env().get(0).isUnresolved()).isTrue();
        assertThat(c.env().get(0).text()).isEqualTo("name: DB_PASSWORD");
        assertThat(c.env().get(1).isUnresolved()).isTrue();
        assertThat(c.env().get(2).value()).isEqualTo(EnvVar.literal("MODE", "production"));
    }

    @Test
    void templateControlLinesBreakOnlyTheirOwnDocument() {
        Loaded loaded = load("""
                # Source: app/templates/pod.yaml
                {{- if .Values.enabled }}
                apiVersion: v1
                kind: Pod
                metadata: {name: conditional}
                spec:
                  containers: [{name: a, image: a}]
                {{- end }}
                ---
                # Source: app/templates/other.yaml
                apiVersion: v1
                kind: Pod
                metadata: {name: fine}
                spec:
                  containers: [{name: b, image: b}]
                """);
        assertThat(loaded.containers()).extracting(ContainerSpec::name).containsExactly("Pod/fine (container b)");
        assertThat(loaded.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).startsWith("invalid YAML");
            assertThat(e.location().orElseThrow().start().line()).isLessThan(9);
        });
    }

    @Test
    void aPodTemplateLeftAsATemplateIsReported() {
        Loaded loaded = load("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec:
                  template: {{ toYaml .Values.podTemplate }}
                """);
        assertThat(loaded.containers()).isEmpty();
        assertThat(messages(loaded)).singleElement().asString().contains("template left unrendered");
    }

    @Test
    void duplicateKeysKeepTheLastAsKubectlDoes() {
        ContainerSpec c = only("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                  - name: a
                    image: first
                    securityContext:
                      privileged: true
                      privileged: false
                    image: second
                """);
        assertThat(c.image().value()).isEqualTo("second");
        assertThat(c.privileged().is(false)).isTrue();
        assertThat(c.privileged().location().orElseThrow().start().line()).isEqualTo(10);
    }

    @Test
    void mergeKeysSupplyWhatTheMappingDoesNotSay() {
        Loaded loaded = clean("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                  - &base
                    name: a
                    image: app
                    securityContext: &hardened
                      readOnlyRootFilesystem: true
                      allowPrivilegeEscalation: false
                  - <<: *base
                    name: b
                    securityContext:
                      <<: *hardened
                      readOnlyRootFilesystem: false
                """);
        ContainerSpec b = loaded.containers().get(1);
        assertThat(b.name()).isEqualTo("Pod/p (container b)");
        assertThat(b.image().value()).isEqualTo("app");
        assertThat(b.readOnlyRootFilesystem().is(false)).isTrue();
        assertThat(b.noNewPrivileges().is(true)).isTrue();
    }

    @Test
    void quotedAndTaggedScalarsAreStrings() {
        Loaded loaded = load("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                  - name: a
                    image: a
                    env:
                    - {name: A, value: "8080"}
                    - {name: B, value: !!str 8080}
                    - {name: C, value: 'yes'}
                    - {name: D, value: yes}
                """);
        assertThat(messages(loaded)).containsExactly("value must be a string, not the boolean yes (quote it)");
        assertThat(loaded.containers().get(0).env()).extracting(Sourced::value).containsExactly(
                EnvVar.literal("A", "8080"), EnvVar.literal("B", "8080"), EnvVar.literal("C", "yes"), null);
    }

    @Test
    void octalAndHexIntegersReadAsGoReadsThem() {
        ContainerSpec c = only("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  securityContext: {runAsUser: 0x3e8, fsGroup: 0777}
                  containers: [{name: a, image: a}]
                """);
        assertThat(c.runAsUser().value()).isEqualTo(1000L);
        assertThat(c.fsGroup().value()).hasValue(511);
    }

    @Test
    void crlfLineEndsAndUnicodeKeepPositions() {
        Loaded loaded = clean("apiVersion: v1\r\nkind: Pod\r\nmetadata: {name: \"\ud83d\udc33\"}\r\nspec:\r\n"
                + "  containers: [{name: a, image: \"\ud83d\udc33\"}]\r\n---\r\napiVersion: v1\r\nkind: Pod\r\n"
                + "metadata: {name: q}\r\nspec:\r\n  containers: [{name: b, image: b}]\r\n");
        assertThat(loaded.containers()).hasSize(2);
        assertThat(loaded.containers().get(0).image().location().orElseThrow().text())
                .isEqualTo("image: \"\ud83d\udc33\"");
        assertThat(loaded.containers().get(1).image().location().orElseThrow().start().line()).isEqualTo(11);
    }
}
