package dev.lashing.dockerfile.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.TextRange;
import dev.lashing.dockerfile.syntax.CommandLine;
import dev.lashing.dockerfile.syntax.Dockerfile;
import dev.lashing.dockerfile.syntax.Healthcheck;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.ShellForm;
import dev.lashing.testing.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parses every shell-form command of the corpus and checks that every word lies where it says. */
class ShellCorpusTest {

    @Test
    void everyShellScriptOfTheCorpusParsesWithSoundRanges() {
        long t0 = System.nanoTime();
        List<Tally> tallies = Corpus.files().stream().map(ShellCorpusTest::check).toList();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        int scripts = tallies.stream().mapToInt(Tally::scripts).sum();
        System.out.printf("shell corpus: %d files, %d scripts, %d with tree-sitter errors, %d commands, %d ms%n",
                tallies.size(), scripts, tallies.stream().mapToInt(Tally::withErrors).sum(),
                tallies.stream().mapToInt(Tally::commands).sum(), ms);
        assertThat(scripts).isPositive();
        assertThat(tallies.stream().flatMap(t -> t.failures().stream()).limit(50).toList()).isEmpty();
    }

    /** What one file contributed. */
    private record Tally(int scripts, int withErrors, int commands, List<String> failures) {}

    private static Tally check(Path file) {
        int scripts = 0;
        int withErrors = 0;
        int commands = 0;
        List<String> failures = new ArrayList<>();
        String text = Corpus.read(file);
        Dockerfile df = Dockerfile.parse(file.getFileName().toString(), text);
        for (Instruction i : df.instructions()) {
            CommandLine cl = i instanceof Healthcheck h ? h.command().orElse(null) : Sh.commandLine(i);
            if (!(cl instanceof ShellForm sf)) {
                continue;
            }
            ShellScript s = ShellScript.parse(sf.script());
            scripts++;
            if (s.hasErrors()) {
                withErrors++;
            }
            commands += s.commands().size();
            for (Command c : s.commands()) {
                boolean mapped = runByInnerShell(c);
                for (Word w : words(c)) {
                    TextRange r = w.range();
                    if (!i.range().contains(r)) {
                        failures.add(where(df, i, "word outside its instruction: " + w));
                    } else if (!mapped && r.length() == w.raw().length()
                            && !text.regionMatches(r.start(), w.raw(), 0, r.length())) {
                        failures.add(where(df, i, "word text differs: " + w + " vs " + text.substring(r.start(), r.end())));
                    }
                }
                if (!i.range().contains(c.range())) {
                    failures.add(where(df, i, "command outside its instruction: " + c));
                }
            }
            for (ShellError e : s.errors()) {
                if (!i.range().contains(e.range())) {
                    failures.add(where(df, i, "error outside its instruction: " + e));
                }
            }
        }
        return new Tally(scripts, withErrors, commands, failures);
    }

    private static String where(Dockerfile df, Instruction i, String what) {
        return df.source().path() + ":" + df.source().position(i.range().start()) + " " + what;
    }

    private static boolean runByInnerShell(Command c) {
        for (Command k = c; k != null; k = k.enclosing().or(k::wrapper).orElse(null)) {
            if (k.context() == Context.SHELL_C) {
                return true;
            }
        }
        return false;
    }

    private static List<Word> words(Command c) {
        List<Word> ws = new ArrayList<>();
        ws.add(c.name());
        ws.addAll(c.args());
        ws.addAll(c.assignments());
        c.redirects().forEach(r -> ws.add(r.target()));
        return ws;
    }
}
