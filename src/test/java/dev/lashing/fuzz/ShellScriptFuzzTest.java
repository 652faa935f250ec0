package dev.lashing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.core.TextRange;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Pipeline;
import dev.lashing.dockerfile.shell.Redirect;
import dev.lashing.dockerfile.shell.ShellError;
import dev.lashing.dockerfile.shell.ShellQueries;
import dev.lashing.dockerfile.shell.ShellScript;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.dockerfile.syntax.LogicalText;

/** Fuzzes the shell model: it must never throw, and every range must lie within the input. */
class ShellScriptFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void shellModelIsTotalAndStaysInRange(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        ShellScript s = ShellScript.parse(LogicalText.verbatim(text, 0, text.length()));
        TextRange all = new TextRange(0, text.length());
        for (Command c : s.commands()) {
            assertThat(all.contains(c.range())).isTrue();
            assertThat(all.contains(c.name().range())).isTrue();
            for (Word w : c.args()) {
                assertThat(all.contains(w.range())).isTrue();
            }
            for (Word w : c.assignments()) {
                assertThat(all.contains(w.range())).isTrue();
            }
            for (Redirect r : c.redirects()) {
                assertThat(all.contains(r.range())).isTrue();
                assertThat(all.contains(r.target().range())).isTrue();
            }
            c.hasFlag("-y", "--yes");
            c.flagValue("-o", "--output");
            c.positionalArgs(java.util.Set.of("-o"));
        }
        for (Pipeline p : s.pipelines()) {
            assertThat(all.contains(p.range())).isTrue();
        }
        for (ShellError e : s.errors()) {
            assertThat(all.contains(e.range())).isTrue();
        }
        ShellQueries.downloadPipedToInterpreter(s);
    }
}
