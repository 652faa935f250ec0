package dev.lashing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lashing.image.archive.TestImages;
import dev.lashing.image.archive.TestImages.Entry;
import dev.lashing.image.archive.TestImages.Layer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lashing image --dockerfile}: one report, image findings traced to the instruction of their step. */
class ImageCommandTest {
    /** The Dockerfile the image below was built from. */
    private static final String DOCKERFILE = """
            FROM debian:12
            ENV DB_PASSWORD=hunter2hunter2
            RUN cp /bin/bash /usr/local/bin/rootbash && chmod 4755 /usr/local/bin/rootbash
            USER root
            CMD ["bash"]
            """;

    /** The history the classic builder records for {@link #DOCKERFILE} on a debian base. */
    private static final String HISTORY = """
            {"created_by": "/bin/sh -c #(nop) ADD file:5d6b639e8b6bcc011fe0b7c4a4cb8e1b3e6a0b0b in / "},
            {"created_by": "/bin/sh -c #(nop)  CMD [\\"bash\\"]", "empty_layer": true},
            {"created_by": "/bin/sh -c #(nop)  ENV DB_PASSWORD=hunter2hunter2", "empty_layer": true},
            {"created_by": "/bin/sh -c cp /bin/bash /usr/local/bin/rootbash && chmod 4755 /usr/local/bin/rootbash"},
            {"created_by": "/bin/sh -c #(nop)  USER root", "empty_layer": true},
            {"created_by": "/bin/sh -c #(nop)  CMD [\\"bash\\"]", "empty_layer": true}""";

    @TempDir
    Path dir;

    private CliRunner cli;
    private final ObjectMapper mapper = new ObjectMapper();

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliRunner(dir);
        Layer base = TestImages.gzipLayer(Entry.dir("etc"), Entry.file("etc/os-release",
                "ID=debian\nVERSION_ID=\"12\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n"),
                Entry.dir("bin"), Entry.file("bin/bash", "#!bash", 0755));
        Layer run = TestImages.gzipLayer(Entry.dir("usr/local/bin"),
                Entry.file("usr/local/bin/rootbash", "#!bash", 04755));
        List<Layer> layers = List.of(base, run);
        List<String> ids = new ArrayList<>();
        for (Layer l : layers) {
            ids.add("\"" + l.diffId() + "\"");
        }
        String config = "{\"created\": \"2024-01-02T03:04:05Z\", \"architecture\": \"amd64\", \"os\": \"linux\", "
                + "\"config\": {\"User\": \"root\", \"Env\": [\"PATH=/usr/bin:/bin\", \"DB_PASSWORD=hunter2hunter2\"], "
                + "\"Cmd\": [\"bash\"]}, \"rootfs\": {\"type\": \"layers\", \"diff_ids\": [" + String.join(", ", ids)
                + "]}, \"history\": [" + HISTORY + "]}";
        TestImages.writeDockerArchive(dir.resolve("app.tar"), TestImages.DockerFlavour.CLASSIC,
                new TestImages.Image(config, layers, "", "app:1.0", java.util.Map.of()));
        Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE);
    }

    /** The findings of rule {@code id} in a JSON report. */
    private static List<JsonNode> findings(JsonNode report, String id) {
        List<JsonNode> out = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("rule").get("id").asText().equals(id)) {
                out.add(f);
            }
        });
        return out;
    }

    @Test
    void imageFindingsNameTheInstructionThatMadeTheirLayerInText() {
        CliRunner.Run r = cli.run("image", "--isolated", "--no-progress", "--dockerfile", "Dockerfile", "app.tar");
        assertThat(r.status()).as(r.err()).isEqualTo(Cli.FINDINGS);
        assertThat(r.err()).doesNotContain("does not match");
        String out = r.out();
        int setuid = out.indexOf("IM020 image-setuid-file");
        assertThat(setuid).as(out).isPositive();
        String block = out.substring(setuid, out.indexOf("\n\n", setuid));
        assertThat(block).contains("\n  = layer 2 (")
                .endsWith("\n  = instruction: Dockerfile:3: RUN cp /bin/bash /usr/local/bin/rootbash && chmod 4755 "
                        + "/usr/local/bin/rootbash");
        assertThat(out).contains("Dockerfile:2:").as("the Dockerfile is linted in the same report");
    }

    @Test
    void imageFindingsNameTheInstructionThatMadeTheirLayerInJson() throws IOException {
        CliRunner.Run r = cli.run("image", "--isolated", "--format", "json", "--dockerfile", "Dockerfile", "app.tar");
        assertThat(r.status()).as(r.err()).isEqualTo(Cli.FINDINGS);
        JsonNode report = mapper.readTree(r.out());

        JsonNode setuid = findings(report, "IM020").get(0).get("provenance").get("instruction");
        assertThat(setuid.get("file").asText()).isEqualTo("Dockerfile");
        assertThat(setuid.get("line").asInt()).isEqualTo(3);
        assertThat(setuid.get("column").asInt()).isEqualTo(1);
        assertThat(setuid.get("text").asText()).startsWith("RUN cp /bin/bash");

        JsonNode user = findings(report, "IM001").get(0).get("provenance").get("instruction");
        assertThat(user.get("line").asInt()).isEqualTo(4);
        assertThat(user.get("text").asText()).isEqualTo("USER root");

        JsonNode env = findings(report, "IM004").get(0).get("provenance").get("instruction");
        assertThat(env.get("line").asInt()).isEqualTo(2);
        assertThat(env.get("text").asText()).startsWith("ENV DB_PASSWORD=").doesNotContain("hunter2hunter2");

        assertThat(findings(report, "DF001")).isNotEmpty().allSatisfy(f -> assertThat(f.has("provenance")).isFalse());
    }

    @Test
    void aDockerfileThatDidNotBuildTheImageIsLintedWithANoteAndNoLinks() throws IOException {
        Files.writeString(dir.resolve("other.Dockerfile"), """
                FROM python:3.12-slim
                COPY requirements.txt /app/
                RUN pip install -r /app/requirements.txt
                USER 10001
                """);
        CliRunner.Run r = cli.run("image", "--isolated", "--format", "json", "--dockerfile", "other.Dockerfile",
                "app.tar");
        assertThat(r.status()).as(r.err()).isEqualTo(Cli.FINDINGS);
        assertThat(r.err()).contains("lashing: the history of app.tar does not match other.Dockerfile; image "
                + "findings are not linked to its instructions\n");
        JsonNode report = mapper.readTree(r.out());
        report.get("findings").forEach(f -> {
            if (f.has("provenance")) {
                assertThat(f.get("provenance").get("instruction").isNull()).as(f.toString()).isTrue();
            }
        });
        assertThat(findings(report, "IM020")).isNotEmpty();

        CliRunner.Run quiet = cli.run("image", "--isolated", "-q", "--dockerfile", "other.Dockerfile", "app.tar");
        assertThat(quiet.err()).doesNotContain("does not match");
    }

    @Test
    void withoutADockerfileNothingIsLinkedAndNothingIsSaid() throws IOException {
        CliRunner.Run r = cli.run("image", "--isolated", "--format", "json", "app.tar");
        assertThat(r.err()).doesNotContain("does not match");
        JsonNode setuid = findings(mapper.readTree(r.out()), "IM020").get(0).get("provenance");
        assertThat(setuid.get("instruction").isNull()).isTrue();
    }

    @Test
    void aMissingDockerfileIsAUsageErrorBeforeTheImageIsRead() {
        CliRunner.Run r = cli.run("image", "--isolated", "--dockerfile", "nope/Dockerfile", "missing.tar");
        assertThat(r.status()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).isEqualTo("lashing: --dockerfile nope/Dockerfile: no such file or directory\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void theDockerfileAndTheImageCannotBothComeFromStandardInput() {
        CliRunner.Run r = cli.stdin("FROM scratch\n").run("image", "--isolated", "--dockerfile", "-", "-");
        assertThat(r.status()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).isEqualTo("lashing: --dockerfile - and IMAGE - cannot both be read from standard input\n");
    }
}
