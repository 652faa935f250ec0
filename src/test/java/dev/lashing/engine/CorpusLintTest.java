package dev.lashing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.InputError;
import dev.lashing.core.RuleMeta;
import dev.lashing.core.SourceFile;
import dev.lashing.registry.BuiltinRules;
import dev.lashing.registry.CodeResolver;
import dev.lashing.rules.Settings;
import dev.lashing.testing.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every rule over every corpus Dockerfile: no rule crashes, and applying every fix (unsafe ones
 * included) never breaks a file and is idempotent.
 */
class CorpusLintTest {

    @Test
    void everyRuleRunsAndEveryFixHoldsOnTheWholeCorpus() {
        CodeResolver resolver = new CodeResolver(BuiltinRules.catalog().rules());
        Linter linter = new Linter(new LintOptions(BuiltinRules.all(), RuleMeta::severity, (id, path) -> false,
                Settings.empty(), true, Map.of(), resolver::resolve));
        List<String> problems = new ArrayList<>();
        int findings = 0;
        int fixed = 0;
        long start = System.nanoTime();
        List<Path> files = Corpus.files();
        for (Path file : files) {
            SourceFile source = new SourceFile(file.getFileName().toString(), Corpus.read(file));
            FileResult lint = linter.lint(source);
            findings += lint.findings().size();
            internalErrors(lint, problems);
            FileResult fix = linter.fix(source, true);
            internalErrors(fix, problems);
            if (fix.changed()) {
                fixed++;
                FileResult again = linter.fix(fix.source(), true);
                if (again.fixesApplied() != 0) {
                    problems.add(file.getFileName() + ": fixing twice changed the file again");
                }
                if (fix.errors().size() > lint.errors().size()) {
                    problems.add(file.getFileName() + ": fixes added parse errors");
                }
            }
        }
        System.out.printf("corpus lint: %d files, %d findings, %d files changed by fixes, %.1f s%n", files.size(),
                findings, fixed, (System.nanoTime() - start) / 1e9);
        assertThat(problems).isEmpty();
    }

    private static void internalErrors(FileResult r, List<String> problems) {
        for (InputError e : r.errors()) {
            if (e.message().startsWith("internal error")) {
                problems.add(e.describe());
            }
        }
    }
}
