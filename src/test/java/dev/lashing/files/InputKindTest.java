package dev.lashing.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.InputError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputKindTest {
    @TempDir
    Path dir;

    private Optional<InputKind> kindOf(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return InputKind.of(f);
    }

    @Test
    void byName() throws Exception {
        assertThat(kindOf("Dockerfile", "FROM x")).contains(InputKind.DOCKERFILE);
        assertThat(kindOf("api.Containerfile", "FROM x")).contains(InputKind.DOCKERFILE);
        assertThat(kindOf("compose.yaml", "services: {}")).contains(InputKind.COMPOSE);
        assertThat(kindOf("docker-compose.yml", "services: {}")).contains(InputKind.COMPOSE);
        assertThat(kindOf("docker-compose.prod.yml", "services: {}")).contains(InputKind.COMPOSE);
        assertThat(kindOf("compose.override.yaml", "services: {}")).contains(InputKind.COMPOSE);
        assertThat(kindOf("web.container", "[Container]\nImage=x\n")).contains(InputKind.QUADLET);
        assertThat(kindOf("README.md", "kind: Pod\napiVersion: v1\n")).isEmpty();
        assertThat(kindOf("composer.json", "{}")).isEmpty();
    }

    @Test
    void kubernetesByContent() throws Exception {
        assertThat(kindOf("deploy/app.yaml", "# Source: chart/templates/d.yaml\napiVersion: apps/v1\nkind: Deployment\n"))
                .contains(InputKind.KUBERNETES);
        assertThat(kindOf("list.yml", "apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n"))
                .contains(InputKind.KUBERNETES);
        assertThat(kindOf(".github/workflows/ci.yml", "name: ci\non: push\njobs: {}\n")).isEmpty();
        assertThat(kindOf("chart/templates/deployment.yaml",
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n")).isEmpty();
        assertThat(kindOf("nested.yaml", "spec:\n  apiVersion: v1\n  kind: Pod\n")).isEmpty();
    }

    @Test
    void aManifestWrittenInFlowStyleOrAsJsonIsOne() throws Exception {
        // the Kubernetes documentation's image-volumes.yaml
        assertThat(kindOf("image-volumes.yaml", "---\n{\n  apiVersion: \"v1\",\n  kind: \"Pod\",\n  metadata: {\n"
                + "    name: \"image-volume\",\n  },\n}\n")).contains(InputKind.KUBERNETES);
        assertThat(kindOf("pod.yaml", "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"p\"}}"))
                .contains(InputKind.KUBERNETES);
        assertThat(kindOf("config.yaml", "{\"name\": \"x\", \"kind\": \"thing\"}")).isEmpty();
        assertThat(kindOf("nested-flow.yaml", "spec: {apiVersion: v1, kind: Pod}\n")).isEmpty();
    }

    @Test
    void discoveryWalksForEveryKind() throws Exception {
        kindOf("Dockerfile", "FROM x");
        kindOf("ops/compose.yaml", "services: {}");
        kindOf("k8s/app.yaml", "apiVersion: v1\nkind: Pod\n");
        kindOf("k8s/values.yaml", "replicas: 2\n");
        kindOf("systemd/web.container", "[Container]\n");
        Discovered d = FileDiscovery.discover(List.of("."), dir, List.of(), dir, f -> InputKind.of(f).isPresent());
        assertThat(d.errors()).extracting(InputError::message).isEmpty();
        assertThat(d.files()).extracting(InputFile::displayPath)
                .containsExactly("Dockerfile", "k8s/app.yaml", "ops/compose.yaml", "systemd/web.container");
    }

    @Test
    void aYamlFileNamedOnTheCommandLineIsAManifestOrElseComposeEvenWithTemplates(@TempDir Path dir)
            throws java.io.IOException {
        Path chart = dir.resolve("pod.yaml");
        Files.writeString(chart, "apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.n }}\n");
        Path stack = dir.resolve("stack.yml");
        Files.writeString(stack, "services:\n  web:\n    image: nginx:1.27\n");
        assertThat(InputKind.of(chart)).isEmpty();
        assertThat(InputKind.named(chart)).contains(InputKind.KUBERNETES);
        assertThat(InputKind.named(stack)).contains(InputKind.COMPOSE);
        assertThat(InputKind.named(dir.resolve("Dockerfile"))).contains(InputKind.DOCKERFILE);
        assertThat(InputKind.named(dir.resolve("notes.txt"))).isEmpty();
    }
}
