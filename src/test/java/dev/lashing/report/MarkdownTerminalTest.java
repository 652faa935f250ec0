package dev.lashing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MarkdownTerminalTest {

    static String explain(int width, boolean color) throws IOException {
        StringWriter out = new StringWriter();
        new MarkdownTerminal(width, color).writeExplain(ReportFixtures.CATALOG, ReportFixtures.LAST_USER_ROOT, out);
        return out.toString();
    }

    @Test
    void plainExplainMatchesGolden() throws IOException {
        Golden.assertGolden("explain.txt", explain(72, false));
    }

    @Test
    void colourExplainMatchesGolden() throws IOException {
        Golden.assertGolden("explain-color.txt", explain(72, true));
    }

    @Test
    void plainOutputWrapsAndDropsMarkup() throws IOException {
        String out = explain(60, false);
        assertThat(out).doesNotContain("\u001b", "```", "## ", "**");
        assertThat(out.lines().filter(l -> !l.contains("https://"))).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(60));
        assertThat(out).contains("    FROM alpine:3.20\n    USER root\n", "`USER`",
                "CIS Docker Benchmark\n(https://www.cisecurity.org/benchmark/docker)", "  - Replace `root`");
    }

    @Test
    void ruleWithoutDocumentationStillGetsAHeader() throws IOException {
        StringWriter out = new StringWriter();
        new MarkdownTerminal(80, false).writeExplain(ReportFixtures.CATALOG, ReportFixtures.UNUSED_RULE, out);
        assertThat(out.toString()).startsWith("DF099 rule-without-findings\n").contains("No documentation");
    }
}
