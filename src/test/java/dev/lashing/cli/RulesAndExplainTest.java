package dev.lashing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lashing.registry.BuiltinRules;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesAndExplainTest {
    @TempDir
    Path dir;

    @Test
    void rulesTableListsEveryRule() {
        CliRunner.Run r = new CliRunner(dir).run("rules");
        assertThat(r.status()).isZero();
        BuiltinRules.catalog().rules().forEach(rule -> assertThat(r.out()).contains(rule.id() + "  " + rule.name()));
    }

    @Test
    void rulesAsJson() throws IOException {
        CliRunner.Run r = new CliRunner(dir).run("rules", "--format", "json");
        JsonNode rules = new ObjectMapper().readTree(r.out());
        assertThat(rules).hasSize(BuiltinRules.catalog().rules().size());
        assertThat(rules.get(0).get("id").asText()).isEqualTo("DF001");
        assertThat(new CliRunner(dir).run("rules", "--format", "xml").status()).isEqualTo(2);
    }

    @Test
    void explainByIdNameAndAlias() {
        for (String code : new String[] {"DF003", "add-instead-of-copy", "DL3020", "df003"}) {
            CliRunner.Run r = new CliRunner(dir).run("explain", code);
            assertThat(r.status()).isZero();
            assertThat(r.out()).contains("DF003 add-instead-of-copy").contains("Why is this bad?");
        }
        CliRunner.Run unknown = new CliRunner(dir).run("explain", "DF999");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("no rule is called 'DF999'");
    }

    @Test
    void versionAndHelp() {
        assertThat(new CliRunner(dir).run("--version").out()).startsWith("lashing ");
        CliRunner.Run help = new CliRunner(dir).run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("lint", "rules", "explain", "Exit codes");
    }

    @Test
    void rulesByPractice() throws IOException {
        CliRunner.Run text = new CliRunner(dir).run("rules", "--by-practice");
        assertThat(text.status()).isZero();
        assertThat(text.out()).contains("P30  Never run as root").contains("DF001 last-user-root")
                .contains("- (not covered yet)").containsPattern("\\d+ of 58 practices covered by a rule");
        JsonNode json = new ObjectMapper().readTree(new CliRunner(dir).run("rules", "--by-practice", "--format", "json").out());
        assertThat(json).hasSize(58);
        assertThat(json.get(0).get("id").asText()).isEqualTo("P01");
    }
}
