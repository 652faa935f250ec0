package dev.lashing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import dev.lashing.core.suppress.SuppressionDirective;
import dev.lashing.runtime.suppress.Directives;
import dev.lashing.runtime.suppress.FileDirectives;
import dev.lashing.runtime.suppress.RuntimeDirective;
import dev.lashing.runtime.suppress.Syntax;

/**
 * Fuzzes the suppression scanner of run-time inputs (YAML comments and annotations, unit and env-file
 * comments): any text is scanned without throwing, and every range lies inside the file.
 */
class RuntimeDirectivesFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void scannerIsTotalAndRangesStayInTheFile(FuzzedDataProvider data) {
        Syntax syntax = data.pickValue(Syntax.values());
        SourceFile file = new SourceFile("fuzz", data.consumeRemainingAsString());
        FileDirectives found = Directives.scan(file, syntax);
        for (RuntimeDirective d : found.directives()) {
            assertInFile(d.scoped().covers(), file);
            assertInFile(d.scoped().directive().range(), file);
            for (SuppressionDirective.Code c : d.scoped().directive().codes()) {
                assertInFile(c.range(), file);
            }
        }
        for (FileDirectives.Malformed m : found.malformed()) {
            assertInFile(m.range(), file);
        }
    }

    private static void assertInFile(TextRange r, SourceFile file) {
        assertThat(r.start()).isNotNegative();
        assertThat(r.end()).isLessThanOrEqualTo(file.text().length());
    }
}
