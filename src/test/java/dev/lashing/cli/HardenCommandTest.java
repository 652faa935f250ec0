package dev.lashing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HardenCommandTest {
    @TempDir
    Path dir;

    @Test
    void dockerRunWordsPrintTheHardenedLineAndNotesOnStderr() {
        CliRunner.Run run = new CliRunner(dir).run("harden", "--", "docker", "run", "--privileged", "-p", "80:80",
                "nginx:1.27");
        assertThat(run.status()).isEqualTo(Cli.OK);
        assertThat(run.out()).startsWith("docker run -p 80:80 --cap-drop=ALL --cap-add=NET_BIND_SERVICE")
                .endsWith(" nginx:1.27\n").doesNotContain("--privileged");
        assertThat(run.err()).contains("# note: docker run: ");
    }

    @Test
    void quietLeavesOutTheNotes() {
        CliRunner.Run run = new CliRunner(dir).run("harden", "-q", "--", "docker run alpine:3");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void composeDiffShowsOnlyAddedLinesAndWritesNothing() throws Exception {
        String before = "services:\n  web:\n    image: alpine:3 # keep\n";
        Files.writeString(dir.resolve("compose.yaml"), before);
        CliRunner.Run run = new CliRunner(dir).run("harden", "compose.yaml", "--diff");
        assertThat(run.out()).contains("--- a/compose.yaml", "+++ b/compose.yaml", "+    read_only: true",
                "     image: alpine:3 # keep");
        assertThat(Files.readString(dir.resolve("compose.yaml"))).isEqualTo(before);
    }

    @Test
    void composeWriteHardensInPlaceOnce() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: alpine:3\n");
        new CliRunner(dir).run("harden", "compose.yaml", "--write");
        String once = Files.readString(dir.resolve("compose.yaml"));
        assertThat(once).contains("cap_drop: [ALL]");
        new CliRunner(dir).run("harden", "compose.yaml", "--write");
        assertThat(Files.readString(dir.resolve("compose.yaml"))).isEqualTo(once);
    }

    @Test
    void unsupportedFileIsAUsageError() throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM alpine:3\n");
        CliRunner.Run run = new CliRunner(dir).run("harden", "Dockerfile");
        assertThat(run.status()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("is a Dockerfile");
    }

    @Test
    void kubernetesManifestIsHardenedAndSelectedByWorkload() throws Exception {
        String before = """
                apiVersion: v1
                kind: Pod
                metadata: {name: a}
                spec:
                  containers:
                  - name: app
                    image: acme/app:1
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: b}
                spec:
                  template:
                    spec:
                      containers:
                      - name: web
                        image: acme/web:1
                """;
        Files.writeString(dir.resolve("k8s.yaml"), before);
        CliRunner.Run run = new CliRunner(dir).run("harden", "k8s.yaml", "--service", "Deployment/b", "--diff");
        assertThat(run.status()).isEqualTo(Cli.OK);
        assertThat(run.out()).contains("+++ b/k8s.yaml", "+        securityContext:",
                "+      automountServiceAccountToken: false").doesNotContain("+    securityContext:");
        assertThat(run.err()).contains("# note: Deployment/b (container web): ");
        new CliRunner(dir).run("harden", "k8s.yaml", "--write");
        assertThat(Files.readString(dir.resolve("k8s.yaml"))).contains("    securityContext:\n",
                "        securityContext:\n");
    }

    @Test
    void quadletUnitIsHardened() throws Exception {
        Files.writeString(dir.resolve("web.container"), "[Container]\nImage=nginx:1.27\n");
        CliRunner.Run run = new CliRunner(dir).run("harden", "-q", "web.container");
        assertThat(run.status()).isEqualTo(Cli.OK);
        assertThat(run.out()).startsWith("[Container]\nImage=nginx:1.27\nDropCapability=all\n")
                .contains("ReadOnly=true\n", "User=10001\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aYamlFileWithAnotherNameIsReadAsComposeUnlessItIsAManifest() throws Exception {
        Files.writeString(dir.resolve("stack.yml"), "services:\n  web:\n    image: alpine:3\n");
        assertThat(new CliRunner(dir).run("harden", "-q", "stack.yml").out()).contains("cap_drop: [ALL]");
        Files.writeString(dir.resolve("chart.yaml"), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.n }}\n"
                + "spec:\n  containers:\n  - name: a\n    image: x:1\n");
        assertThat(new CliRunner(dir).run("harden", "-q", "chart.yaml").out()).contains("runAsNonRoot: true");
    }

    @Test
    void inlineSuppressionsAreRespectedUnlessSwitchedOff() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  # lashing ignore=RT008 -- writes to /var/lib/app\n"
                + "  app:\n    image: acme/app:1\n");
        CliRunner.Run run = new CliRunner(dir).run("harden", "compose.yaml");
        assertThat(run.out()).doesNotContain("read_only").contains("cap_drop: [ALL]");
        assertThat(run.err()).contains("# note: app: left as written where the input suppresses RT008");
        assertThat(new CliRunner(dir).run("harden", "--no-suppressions", "compose.yaml").out()).contains("read_only: true");
    }
}
