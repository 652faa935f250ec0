package dev.lashing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lashing run}, {@code compose} and {@code scan}: run-time inputs end to end. */
class RuntimeCommandsTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static List<String> ids(CliRunner.Run run) throws Exception {
        JsonNode report = new ObjectMapper().readTree(run.out());
        List<String> ids = new ArrayList<>();
        report.get("findings").forEach(f -> ids.add(f.get("file").asText() + " " + f.get("rule").get("id").asText()));
        return ids;
    }

    @Test
    void runChecksACommandLineGivenAsWordsOrAsOneString() throws Exception {
        CliRunner.Run words = new CliRunner(dir).run("run", "--isolated", "--format", "json", "--", "docker", "run",
                "--privileged", "-e", "DB_PASSWORD=hunter2-very-secret", "nginx:1.27");
        assertThat(words.status()).isEqualTo(Cli.FINDINGS);
        assertThat(ids(words)).contains("command line RT001", "command line RT031");
        assertThat(words.out()).doesNotContain("hunter2-very-secret");
        CliRunner.Run string = new CliRunner(dir).run("run", "--isolated", "--format", "json",
                "docker run --cap-add SYS_ADMIN -v /var/run/docker.sock:/var/run/docker.sock app:1");
        assertThat(ids(string)).contains("command line RT003", "command line RT021");
    }

    /**
     * The hardened {@code docker run} of guide 002, read in place, through the real parser and rules.
     * The guide writes one flag per line without continuations; its words are passed as arguments.
     * What lashing reports is what the guide gets wrong: {@code --bridge=none} is a dockerd option,
     * not a {@code docker run} flag (an input error); {@code -u 4000} is below 10000 (RT007); there is
     * no {@code --pids-limit} (RT012: the nproc ulimit counts per UID across the host); the image is
     * {@code :latest} (RT032); and port 80 is bound by a non-root user (RT037, info).
     */
    @Test
    void theGuidesHardenedCommandLineGetsOnlyWhatTheGuideGetsWrong() throws Exception {
        Path guide = Path.of("../shared/guides/002_ca203e955ddd8f78.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(guide) || "true".equals(System.getenv("CI")),
                "../shared/guides not present");
        List<String> lines = Files.readAllLines(guide);
        int start = lines.indexOf("docker run");
        int end = lines.indexOf("myimage:latest");
        assertThat(start).isNotNegative();
        assertThat(end).isGreaterThan(start);
        List<String> words = new ArrayList<>(List.of("run", "--isolated", "--format", "json", "--"));
        for (String line : lines.subList(start, end + 1)) {
            words.addAll(List.of(line.replace("<logging driver>", "json-file").split(" ")));
        }
        CliRunner.Run run = new CliRunner(dir).run(words.toArray(String[]::new));
        assertThat(ids(run)).containsExactlyInAnyOrder("command line RT007", "command line RT012",
                "command line RT032", "command line RT037", "command line RT050");
        JsonNode errors = new ObjectMapper().readTree(run.out()).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("message").asText()).contains("--bridge");
    }

    @Test
    void runReportsUnknownFlagsAsErrors() throws Exception {
        CliRunner.Run run = new CliRunner(dir).run("run", "--isolated", "--format", "json", "--", "docker", "run",
                "--no-such-flag", "nginx:1.27");
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("errors").toString()).contains("unknown flag --no-such-flag");
        assertThat(run.status()).isEqualTo(Cli.FINDINGS);
    }

    @Test
    void composeMergesTheOverrideFileAndTakesVariablesFromDotEnv() throws Exception {
        write("compose.yaml", """
                services:
                  web:
                    image: nginx:${TAG}
                    read_only: true
                """);
        write("compose.override.yaml", """
                services:
                  web:
                    privileged: true
                """);
        write(".env", "TAG=latest\n");
        CliRunner.Run run = new CliRunner(dir).run("compose", "--isolated", "--format", "json");
        assertThat(run.err()).isEmpty();
        List<String> ids = ids(run);
        assertThat(ids).contains("compose.override.yaml RT001", "compose.yaml RT032").doesNotContain("compose.yaml RT008");
    }

    @Test
    void composeReadsStandardInputForDashMergedWithFilesOnDisk() throws Exception {
        write("base.yaml", "services:\n  web:\n    image: nginx:1.27\n");
        CliRunner.Run run = new CliRunner(dir).stdin("services:\n  web:\n    privileged: true\n")
                .run("compose", "--isolated", "--format", "json", "-f", "base.yaml", "-f", "-");
        assertThat(run.err()).isEmpty();
        assertThat(ids(run)).contains("- RT001").doesNotContain("base.yaml RT001");
    }

    @Test
    void scanPointsFixesToLintBecauseItHasNoFixOption() throws Exception {
        write("Dockerfile", "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n");
        CliRunner.Run run = new CliRunner(dir).run("scan", "--isolated", "--no-color");
        assertThat(run.out()).contains("fixable with lashing lint --fix").doesNotContain("fixable with --fix");
    }

    @Test
    void composeWithoutAFileSaysWhereItLooked() {
        CliRunner.Run run = new CliRunner(dir).run("compose", "--isolated");
        assertThat(run.status()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("no compose file here").contains("compose.yaml");
    }

    @Test
    void scanFindsEveryKindOfInputInATree() throws Exception {
        write("Dockerfile", "FROM alpine:latest\nRUN apk add curl\n");
        write("ops/compose.yaml", "services:\n  db:\n    image: postgres:16\n    network_mode: host\n");
        write("ops/compose.override.yaml", "services:\n  db:\n    pid: host\n");
        write("k8s/pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: api
                spec:
                  hostNetwork: true
                  containers:
                    - name: app
                      image: api:1.0
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                """);
        write("k8s/values.yaml", "replicas: 2\n");
        write("systemd/web.container", "[Container]\nImage=docker.io/library/nginx:1.27\nAddCapability=SYS_ADMIN\n");
        CliRunner.Run run = new CliRunner(dir).run("scan", "--isolated", "--format", "json");
        List<String> ids = ids(run);
        assertThat(ids).contains("Dockerfile DF002", "ops/compose.yaml RT015", "ops/compose.override.yaml RT016",
                "k8s/pod.yaml RT015", "systemd/web.container RT003");
        assertThat(ids).noneMatch(s -> s.startsWith("k8s/values.yaml"));
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("errors")).as(run.out()).isEmpty();
    }

    @Test
    void scanOfAnEmptyTreeWarns() {
        CliRunner.Run run = new CliRunner(dir).run("scan", "--isolated");
        assertThat(run.status()).isEqualTo(Cli.OK);
        assertThat(run.err()).contains("no Dockerfiles, compose files, Kubernetes manifests or Quadlet units found");
    }

    private void writeSuppressedTree() throws Exception {
        write("ops/compose.yaml", """
                services:
                  # lashing ignore=RT015 -- the proxy must see client addresses
                  proxy:
                    image: nginx:1.27
                    network_mode: host
                  db:
                    image: postgres:16
                    pid: host   # lashing ignore=RT0016
                """);
        write("k8s/agent.yaml", """
                apiVersion: apps/v1
                kind: DaemonSet
                metadata:
                  name: agent
                  annotations:
                    ignore-check.kube-linter.io/host-network: "reads the node's interfaces"
                spec:
                  template:
                    spec:
                      hostNetwork: true
                      containers:
                        - name: agent
                          image: agent:1.4
                """);
        write("systemd/web.container", """
                [Container]
                Image=docker.io/library/nginx:1.27
                # lashing ignore=RT003 -- binds a raw socket
                AddCapability=SYS_ADMIN
                # lashing ignore=RT015
                Network=private
                """);
    }

    @Test
    void scanHonoursSuppressionsInEveryKindOfRunTimeInputAndReportsBadOnes() throws Exception {
        writeSuppressedTree();
        List<String> ids = ids(new CliRunner(dir).run("scan", "--isolated", "--format", "json"));
        assertThat(ids).doesNotContain("ops/compose.yaml RT015", "k8s/agent.yaml RT015", "systemd/web.container RT003")
                .contains("ops/compose.yaml RT016", "ops/compose.yaml LA002", "systemd/web.container LA001");
    }

    @Test
    void inlineSuppressionsSwitchedOffInTheConfigurationCountForNothingInRunTimeInputs() throws Exception {
        writeSuppressedTree();
        write(".lashing.yaml", "inline-suppressions: false\n");
        List<String> ids = ids(new CliRunner(dir).run("scan", "--format", "json"));
        assertThat(ids).contains("ops/compose.yaml RT015", "k8s/agent.yaml RT015", "systemd/web.container RT003")
                .noneMatch(s -> s.contains(" LA00"));
    }

    @Test
    void composeHonoursSuppressionComments() throws Exception {
        writeSuppressedTree();
        List<String> ids = ids(new CliRunner(dir.resolve("ops")).run("compose", "--isolated", "--format", "json"));
        assertThat(ids).doesNotContain("compose.yaml RT015").contains("compose.yaml RT016");
    }
}
