package dev.lashing.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReporterTest {

    static String render(LintReport report) throws IOException {
        StringWriter out = new StringWriter();
        new JsonReporter().write(report, out);
        return out.toString();
    }

    @Test
    void outputMatchesGolden() throws IOException {
        Golden.assertGolden("report.json", render(ReportFixtures.report()));
    }

    @Test
    void parsesBackWithTheDocumentedShape() throws IOException {
        String json = render(ReportFixtures.report());
        assertThat(json).endsWith("}\n").startsWith("{\n  \"tool\": {\n    \"name\": \"lashing\"");
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(fieldNames(root)).containsExactly("tool", "findings", "errors", "summary");
        assertThat(fieldNames(root.get("tool"))).containsExactly("name", "version");

        JsonNode findings = root.get("findings");
        assertThat(findings).hasSize(9);
        for (JsonNode f : findings) {
            assertThat(fieldNames(f)).containsExactly("file", "rule", "severity", "message", "practices", "range", "fix");
            assertThat(fieldNames(f.get("rule"))).containsExactly("id", "name", "aliases");
            assertThat(f.get("severity").asText()).isIn("error", "warning", "info");
            assertThat(fieldNames(f.get("range"))).containsExactly("start", "end");
        }
        JsonNode run = findings.get(0);
        assertThat(run.get("rule").get("id").asText()).isEqualTo("SH001");
        assertThat(run.get("range").get("start").get("line").asInt()).isEqualTo(3);
        assertThat(run.get("range").get("end").get("line").asInt()).isEqualTo(4);
        assertThat(run.get("fix").isNull()).isTrue();

        JsonNode apk = findings.get(1);
        assertThat(apk.get("fix").get("applicability").asText()).isEqualTo("safe");
        JsonNode edit = apk.get("fix").get("edits").get(0);
        assertThat(edit.get("replacement").asText()).isEqualTo(" --no-cache");
        assertThat(edit.get("range").get("start")).isEqualTo(edit.get("range").get("end"));
        assertThat(edit.get("range").get("start").get("column").asInt()).isEqualTo(12);

        JsonNode root1 = findings.get(2);
        assertThat(root1.get("severity").asText()).isEqualTo("error");
        assertThat(root1.get("rule").get("aliases").get(0).asText()).isEqualTo("DL3002");
        assertThat(root1.get("practices").get(0).asText()).isEqualTo("USR-1");
        assertThat(root1.get("fix").get("applicability").asText()).isEqualTo("unsafe");
        assertThat(root1.get("range").get("end").get("column").asInt()).isEqualTo(10); // exclusive

        assertThat(findings.get(3).get("fix").get("applicability").asText()).isEqualTo("display-only");
        assertThat(findings.get(3).get("range").get("start")).isEqualTo(findings.get(3).get("range").get("end"));
        assertThat(findings.get(6).get("message").asText()).contains("\u001b[2J", "\r", "\0");

        JsonNode errors = root.get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("range").get("start").get("line").asInt()).isEqualTo(2);
        assertThat(errors.get(1).get("range").isNull()).isTrue();
        assertThat(errors.get(1).get("file").asText()).isEqualTo("missing/Dockerfile");

        JsonNode summary = root.get("summary");
        assertThat(fieldNames(summary)).containsExactly("filesChecked", "findings", "errors", "fixesApplied");
        assertThat(summary.get("filesChecked").asInt()).isEqualTo(5);
        assertThat(summary.get("findings").asInt()).isEqualTo(9);
        assertThat(summary.get("errors").asInt()).isEqualTo(2);
    }

    @Test
    void documentedExampleIsCurrent() throws IOException {
        String example = render(ReportFixtures.exampleReport());
        Golden.assertGolden("json-example.json", example);
        Path doc = Path.of(System.getProperty("basedir", "")).resolve("docs/json-format.md");
        if (Boolean.getBoolean("lashing.updateGolden")) {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            int start = text.lastIndexOf("```json\n");
            int end = text.indexOf("```\n", start + 8);
            Files.writeString(doc, text.substring(0, start) + "```json\n" + example + text.substring(end),
                    StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(doc, StandardCharsets.UTF_8))
                .as("docs/json-format.md must show the current example output")
                .contains("```json\n" + example + "```\n");
    }

    @Test
    void emptyReportUsesEmptyArrays() throws IOException {
        String json = render(new LintReport(ReportFixtures.TOOL, List.of(), List.of(), 0, 0, ReportFixtures.CATALOG));
        assertThat(json).contains("\"findings\": [],\n  \"errors\": [],");
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void imageFindingsCarryTheirInstructionInTheProvenance() throws IOException {
        String json = render(ReportFixtures.imageReport());
        Golden.assertGolden("image-report.json", json);
        JsonNode findings = new ObjectMapper().readTree(json).get("findings");
        assertThat(findings.get(0).has("provenance")).isFalse();
        JsonNode config = findings.get(1).get("provenance");
        assertThat(fieldNames(config)).containsExactly("image", "layer", "layerDigest", "step", "origin",
                "historyDerived", "instruction");
        assertThat(fieldNames(config.get("instruction"))).containsExactly("file", "line", "column", "text");
        assertThat(config.get("instruction").get("line").asInt()).isEqualTo(4);
        assertThat(config.get("instruction").get("text").asText()).isEqualTo("USER root");
        assertThat(findings.get(2).get("provenance").get("instruction").isNull()).isTrue();
        JsonNode tool = findings.get(4).get("provenance").get("instruction");
        assertThat(tool.get("file").asText()).isEqualTo("Dockerfile");
        assertThat(tool.get("column").asInt()).isEqualTo(1);
        assertThat(tool.get("text").asText()).isEqualTo(ReportFixtures.LONG_RUN);
    }
}
