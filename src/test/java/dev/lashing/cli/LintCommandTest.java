package dev.lashing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
    private static final String BAD = """
            FROM ubuntu
            ADD . /app
            USER 10001
            """;
    private static final String CLEAN = """
            FROM alpine:3.22
            COPY . /app
            USER 10001
            """;

    @TempDir
    Path dir;
    private CliRunner cli;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliRunner(dir);
        for (String d : new String[] {"", "bad/", "good/"}) {
            Files.createDirectories(dir.resolve(d.isEmpty() ? "." : d));
            Files.writeString(dir.resolve(d + ".dockerignore"), ".git\n.env\n");
        }
    }

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void findingsFailTheRunAndCleanFilesPass() throws IOException {
        write("bad/Dockerfile", BAD);
        write("good/Containerfile", CLEAN);
        CliRunner.Run r = cli.run("lint");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("bad/Dockerfile:1:6: DF002 base-image-latest [warning]")
                .contains("bad/Dockerfile:2:1: DF003").contains("in 1 of 2 files").doesNotContain("good/");
        assertThat(cli.run("lint", "good").status()).isZero();
        assertThat(cli.run("lint", "good").out()).contains("All checks passed (1 file)");
    }

    @Test
    void perFileIgnoresSwitchRulesOffForMatchingFilesOnly() throws IOException {
        write("bad/Dockerfile", BAD);
        write("other/Dockerfile", BAD);
        write(".lashing.yaml", "per-file-ignores:\n  \"bad/**\": [DF002]\n");
        CliRunner.Run r = cli.run("lint");
        assertThat(r.out()).doesNotContain("bad/Dockerfile:1:6: DF002").contains("bad/Dockerfile:2:1: DF003")
                .contains("other/Dockerfile:1:6: DF002");
    }

    @Test
    void failOnThreshold() throws IOException {
        write("Dockerfile", BAD);
        assertThat(cli.run("lint", "--fail-on", "error").status()).isZero();
        assertThat(cli.run("lint", "--fail-on", "warning").status()).isEqualTo(1);
        assertThat(cli.run("lint", "--fail-on", "never").status()).isZero();
        CliRunner.Run bad = cli.run("lint", "--fail-on", "sometimes");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--fail-on must be");
    }

    @Test
    void severalReportsInOneRun() throws IOException {
        write("Dockerfile", BAD);
        CliRunner.Run r = cli.run("lint", "--format", "json", "-o", "out.json", "--format", "sarif", "-o",
                "out.sarif", "--format", "text");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("DF003");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("out.json").toFile());
        assertThat(json.get("findings")).hasSize(2);
        assertThat(json.get("findings").get(0).get("file").asText()).isEqualTo("Dockerfile");
        JsonNode sarif = new ObjectMapper().readTree(dir.resolve("out.sarif").toFile());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.at("/runs/0/results")).hasSize(2);
        CliRunner.Run two = cli.run("lint", "--format", "json", "--format", "sarif");
        assertThat(two.status()).isEqualTo(2);
        assertThat(two.err()).contains("only one report can go to standard output");
    }

    @Test
    void outputFormatFollowsTheExtension() throws IOException {
        write("Dockerfile", BAD);
        cli.run("lint", "-o", "report.sarif");
        assertThat(Files.readString(dir.resolve("report.sarif"))).contains("\"version\": \"2.1.0\"");
    }

    @Test
    void standardInput() {
        CliRunner.Run r = cli.stdin(BAD).run("lint", "--stdin-filename", "images/api.Dockerfile", "-");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("images/api.Dockerfile:2:1: DF003");
        CliRunner.Run fixed = new CliRunner(dir).stdin(BAD).run("lint", "--fix", "-");
        assertThat(fixed.out()).isEqualTo(BAD.replace("ADD", "COPY"));
        assertThat(fixed.err()).contains("DF002").contains("1 fix applied");
    }

    @Test
    void fixWritesSafeFixesOnlyAndIsIdempotent() throws IOException {
        write("Dockerfile", BAD + "CMD python app.py\n");
        CliRunner.Run r = cli.run("lint", "--fix");
        assertThat(Files.readString(dir.resolve("Dockerfile"))).isEqualTo(
                "FROM ubuntu\nCOPY . /app\nUSER 10001\nCMD python app.py\n");
        assertThat(r.out()).contains("1 fix applied").doesNotContain("DF003");
        cli.run("lint", "--fix", "--unsafe-fixes");
        assertThat(Files.readString(dir.resolve("Dockerfile"))).endsWith("CMD [\"python\", \"app.py\"]\n");
        String before = Files.readString(dir.resolve("Dockerfile"));
        cli.run("lint", "--fix", "--unsafe-fixes");
        assertThat(Files.readString(dir.resolve("Dockerfile"))).isEqualTo(before);
    }

    @Test
    void diffPrintsAndWritesNothing() throws IOException {
        write("Dockerfile", BAD);
        CliRunner.Run r = cli.run("lint", "--diff");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("--- a/Dockerfile", "+++ b/Dockerfile", "-ADD . /app", "+COPY . /app");
        assertThat(Files.readString(dir.resolve("Dockerfile"))).isEqualTo(BAD);
        write("Dockerfile", CLEAN);
        CliRunner.Run none = cli.run("lint", "--diff");
        assertThat(none.status()).isZero();
        assertThat(none.out()).isEmpty();
    }

    @Test
    void selectionFromTheCommandLine() throws IOException {
        write("Dockerfile", BAD);
        assertThat(cli.run("lint", "--select", "DF003").out()).contains("DF003").doesNotContain("DF002");
        assertThat(cli.run("lint", "--select", "DL3006").out()).contains("DF002").doesNotContain("DF003");
        assertThat(cli.run("lint", "--ignore", "DF002,add-instead-of-copy").status()).isZero();
        assertThat(cli.run("lint").out()).doesNotContain("DF008");
        assertThat(cli.run("lint", "--select", "ALL").out()).contains("DF008");
        CliRunner.Run unknown = cli.run("lint", "--select", "XX9");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown rule selector 'XX9'");
    }

    @Test
    void lashingConfigIsDiscoveredAndErrorsPointAtTheLine() throws IOException {
        write("Dockerfile", BAD);
        write(".lashing.yaml", "ignore: [DF002]\nseverity: {DF003: error}\nfail-on: error\n");
        CliRunner.Run r = cli.run("lint");
        assertThat(r.out()).contains("DF003 add-instead-of-copy [error]").doesNotContain("DF002");
        assertThat(r.status()).isEqualTo(1);
        write(".lashing.yaml", "ignore: [DF002]\nfail_on: error\n");
        CliRunner.Run bad = cli.run("lint");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains(".lashing.yaml:2:1").contains("fail-on");
        assertThat(cli.run("lint", "--isolated").out()).contains("DF002");
    }

    @Test
    void hadolintConfigIsHonoured() throws IOException {
        write("Dockerfile", BAD);
        write(".hadolint.yaml", "ignored:\n  - DL3006\n  - DL3020\nfailure-threshold: warning\n");
        assertThat(cli.run("lint").status()).isZero();
    }

    @Test
    void inlineSuppressions() throws IOException {
        write("Dockerfile", "FROM ubuntu:24.04\n# hadolint ignore=DL3020\nADD . /app\nUSER 10001\n");
        assertThat(cli.run("lint").status()).isZero();
    }

    @Test
    void buildArgsResolveTheBase() throws IOException {
        write("Dockerfile", "ARG TAG=24.04\nFROM ubuntu:${TAG}\nUSER 10001\n");
        assertThat(cli.run("lint").status()).isZero();
        assertThat(cli.run("lint", "--build-arg", "TAG=latest").out()).contains("DF002");
    }

    @Test
    void inputErrorsExitWithTwoAndNeverPrintStackTraces() throws IOException {
        CliRunner.Run missing = cli.run("lint", "nope");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.out() + missing.err()).contains("nope").contains("no such file or directory");
        CliRunner.Run option = cli.run("lint", "--frobnicate");
        assertThat(option.status()).isEqualTo(2);
        assertThat(option.err()).contains("Unknown option").contains("--help");
        write("Dockerfile", "FROM alpine:3.22\nRUN [\"a\"\nUSER 10001\nCOPY --from build /a /b\n");
        CliRunner.Run syntax = cli.run("lint");
        assertThat(syntax.status()).isEqualTo(1);
        assertThat(syntax.out()).contains("Dockerfile:4:");
        for (CliRunner.Run r : new CliRunner.Run[] {missing, option, syntax}) {
            assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
        }
    }

    @Test
    void emptyDirectoryWarns() {
        CliRunner.Run r = cli.run("lint");
        assertThat(r.status()).isZero();
        assertThat(r.err()).contains("no Dockerfiles found");
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() throws IOException {
        write("Dockerfile", BAD);
        assertThat(cli.run("lint").out()).doesNotContain("\u001b[");
        assertThat(new CliRunner(dir).terminal().run("lint").out()).contains("\u001b[");
        assertThat(new CliRunner(dir).terminal().env("NO_COLOR", "1").run("lint").out()).doesNotContain("\u001b[");
        assertThat(new CliRunner(dir).terminal().run("lint", "--no-color").out()).doesNotContain("\u001b[");
        assertThat(new CliRunner(dir).env("FORCE_COLOR", "1").run("lint").out()).contains("\u001b[");
    }

    @Test
    void quietPrintsFindingsOnly() throws IOException {
        write("Dockerfile", BAD);
        CliRunner.Run r = cli.run("lint", "-q");
        assertThat(r.out()).contains("DF003").doesNotContain("Found");
    }
}
