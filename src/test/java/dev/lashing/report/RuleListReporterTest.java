package dev.lashing.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleListReporterTest {

    @Test
    void tableMatchesGolden() throws IOException {
        StringWriter out = new StringWriter();
        new RuleListReporter().writeTable(ReportFixtures.CATALOG, out, false);
        Golden.assertGolden("rules-table.txt", out.toString());
        assertThat(out.toString()).doesNotContain("\u001b").doesNotContain(" \n");
    }

    @Test
    void colourTableMatchesGolden() throws IOException {
        StringWriter out = new StringWriter();
        new RuleListReporter().writeTable(ReportFixtures.CATALOG, out, true);
        Golden.assertGolden("rules-table-color.txt", out.toString());
    }

    @Test
    void longAliasListsWrapAndOverlongAliasesAreCut() {
        List<String> lines = RuleListReporter.pack(ReportFixtures.CURL_PIPE_SHELL.aliases());
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(RuleListReporter.MAX_LIST_WIDTH));
        assertThat(String.join(" ", lines)).contains("DL4006,", "CKV2_DOCKER_17", "...");
        assertThat(RuleListReporter.pack(List.of())).containsExactly("-");
    }

    @Test
    void jsonMatchesGoldenAndCarriesEveryField() throws IOException {
        StringWriter out = new StringWriter();
        new RuleListReporter().writeJson(ReportFixtures.CATALOG, out);
        Golden.assertGolden("rules.json", out.toString());
        JsonNode rules = new ObjectMapper().readTree(out.toString());
        assertThat(rules).hasSize(5);
        assertThat(JsonReporterTest.fieldNames(rules.get(0))).containsExactly("id", "name", "summary", "severity",
                "practices", "aliases", "references", "fix", "enabledByDefault", "helpUri");
        assertThat(rules.get(2).get("enabledByDefault").asBoolean()).isFalse();
        assertThat(rules.get(0).get("helpUri").asText()).endsWith("DF001.md");
    }
}
