package dev.lashing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.core.InputError;
import dev.lashing.core.RuleMeta;
import dev.lashing.core.SourceFile;
import dev.lashing.engine.FileResult;
import dev.lashing.engine.LintOptions;
import dev.lashing.engine.Linter;
import dev.lashing.registry.BuiltinRules;
import dev.lashing.registry.CodeResolver;
import dev.lashing.rules.Settings;
import java.util.Map;

/** Fuzzes every rule and every fix: no rule may crash, and fixing must never break the file. */
class LinterFuzzTest {
    private static final CodeResolver RESOLVER = new CodeResolver(BuiltinRules.catalog().rules());
    private static final Linter LINTER = new Linter(new LintOptions(BuiltinRules.all(), RuleMeta::severity,
            (id, path) -> false, Settings.empty(), true, Map.of(), RESOLVER::resolve));

    @FuzzTest(maxDuration = "30s")
    void rulesAndFixesAreTotal(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        SourceFile source = new SourceFile("Dockerfile", text);
        FileResult lint = LINTER.lint(source);
        FileResult fixed = LINTER.fix(source, true);
        for (FileResult r : new FileResult[] {lint, fixed}) {
            assertThat(r.errors()).extracting(InputError::message).noneMatch(m -> m.startsWith("internal error"));
            r.findings().forEach(f -> assertThat(f.location().range().end()).isLessThanOrEqualTo(
                    f.location().file().text().length()));
        }
        assertThat(LINTER.fix(fixed.source(), true).fixesApplied()).isZero();
    }
}
