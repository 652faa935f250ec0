package dev.lashing.report;

import static dev.lashing.report.ReportFixtures.CATALOG;
import static dev.lashing.report.ReportFixtures.TOOL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Finding;
import dev.lashing.core.InputError;
import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextReporterTest {

    static String render(LintReport report, boolean color) throws IOException {
        StringWriter out = new StringWriter();
        new TextReporter(color).write(report, out);
        return out.toString();
    }

    @Test
    void plainOutputMatchesGolden() throws IOException {
        Golden.assertGolden("text-plain.txt", render(ReportFixtures.report(), false));
    }

    @Test
    void colourOutputMatchesGolden() throws IOException {
        Golden.assertGolden("text-color.txt", render(ReportFixtures.report(), true));
    }

    @Test
    void plainOutputHasNoAnsiAndColourOutputHasSome() throws IOException {
        assertThat(render(ReportFixtures.report(), false)).doesNotContain("\u001b");
        assertThat(render(ReportFixtures.report(), true)).contains("\u001b[");
    }

    @Test
    void controlCharactersInSourceAndMessagesNeverReachTheOutputRaw() throws IOException {
        SourceFile file = new SourceFile("evil\u001b]0;title\u0007.txt",
                "RUN echo \u001b[2J\u0000x\rcleared \u202e\u009b\n");
        Finding f = new Finding(ReportFixtures.APK_NO_CACHE, ReportFixtures.APK_NO_CACHE.severity(),
                "msg \u001b[31m red \r\n next \u0000", file.location(new TextRange(0, 3)), Optional.empty());
        LintReport report = new LintReport(TOOL, List.of(f),
                List.of(InputError.ofFile("x\u001by", "bad \u001b[1m\r")), 1, 0, CATALOG);
        for (boolean color : new boolean[] {false, true}) {
            String out = render(report, color);
            String withoutOurStyles = out.replaceAll("\u001b\\[[0-9;]*m", "");
            assertThat(withoutOurStyles).doesNotContain("\u001b", "\r", "\u0000", "\u0007", "\u202e", "\u009b");
            assertThat(out).contains("\\x1b[2J", "\\0x", "\\rcleared", "msg \\x1b[31m red \\r\\n next \\0",
                    "evil\\x1b]0;title\\x07.txt", "\\u{202e}", "\\x9b", "x\\x1by", "bad \\x1b[1m\\r");
        }
    }

    @Test
    void caretsLineUpUnderTabs() throws IOException {
        String out = render(ReportFixtures.report(), false);
        assertThat(out).contains("""
                3 | RUN apt-get update &&   apk add git
                  |                         ^^^^^^^^^^^
                """);
    }

    @Test
    void wideCharactersTakeTwoColumns() throws IOException {
        String out = render(ReportFixtures.report(), false);
        assertThat(out).contains("""
                2 | LABEL maintainer="Zo\u00eb \ud83d\udc33" version=1
                  |                           ^^^^^^^^^
                """);
    }

    @Test
    void multiLineRangesUnderlineTheFirstLineAndCountTheRest() throws IOException {
        assertThat(render(ReportFixtures.report(), false)).contains("""
                3 | RUN apk add curl \\
                  | ^^^^^^^^^^^^^^^^^^ ...and 1 more line
                """);
    }

    @Test
    void longLinesAreClippedAroundTheRange() throws IOException {
        String out = render(ReportFixtures.report(), false);
        String line = out.lines().filter(l -> l.startsWith("5 | ")).findFirst().orElseThrow();
        assertThat(line).startsWith("5 | ...").endsWith("...").contains("apk add x");
        assertThat(line.length()).isLessThanOrEqualTo(4 + TextReporter.MAX_LINE_WIDTH + 6);
    }

    @Test
    void emptyRangeAtEndOfFileGetsOneCaret() throws IOException {
        assertThat(render(ReportFixtures.report(), false)).contains("8 |\n  | ^\n");
    }

    @Test
    void summaryWhenEverythingPassesAndFixesWereApplied() throws IOException {
        assertThat(render(new LintReport(TOOL, List.of(), List.of(), 5, 0, CATALOG), false))
                .isEqualTo("All checks passed (5 files)\n");
        assertThat(render(new LintReport(TOOL, List.of(), List.of(), 1, 2, CATALOG), false))
                .isEqualTo("2 fixes applied\nAll checks passed (1 file)\n");
    }

    @Test
    void summaryCountsSeveritiesFilesAndFixes() throws IOException {
        String out = render(ReportFixtures.report(), false);
        assertThat(out).endsWith("Found 9 problems (2 errors, 5 warnings, 2 info) in 2 of 5 files; "
                + "2 fixable with --fix, 1 more with --unsafe-fixes; 2 input errors\n");
        assertThat(out).contains("missing/Dockerfile: input error: file not found\n",
                "broken/Dockerfile:2:5: input error: unterminated heredoc <<EOF\n");
    }

    @Test
    void imageFindingsNameTheInstructionOfTheirLayer() throws IOException {
        String out = render(ReportFixtures.imageReport(), false);
        Golden.assertGolden("image-text.txt", out);
        assertThat(out).contains("app.tar!/usr/bin/curl:1:1: SH001 curl-piped-to-shell [warning] curl ships in the image\n"
                + "  = layer 2 (sha256:ab12ab12ab12); built by this image\n"
                + "  = step: RUN /bin/sh -c apt-get update && apt-get install -y curl # buildkit\n"
                + "  = instruction: Dockerfile:2: RUN apt-get update && apt-get install -y curl\n");
        String shortened = ReportFixtures.LONG_RUN.substring(0, 97) + "...";
        assertThat(out).contains("  = instruction: Dockerfile:3: " + shortened + "\n")
                .doesNotContain(ReportFixtures.LONG_RUN);
        assertThat(out.lines().filter(l -> l.contains("= instruction:"))).hasSize(3);
    }
}
