package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.ShellScript;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.Node;
import dev.lashing.dockerfile.syntax.Run;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Two short RUNs in a row (only comments or blank lines between them) that could be one layer. */
@Rule(
        id = "SH055",
        name = "consecutive-runs",
        summary = "Consecutive short RUN instructions that could be combined",
        severity = Severity.INFO,
        practices = {"P24"},
        aliases = {"DL3059"})
public final class ConsecutiveRuns implements DockerfileRule {
    /** A RUN with more commands than this is taken as deliberately separate. */
    static final int MAX_COMMANDS = 2;

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        Map<Run, ShellScript> scripts = new IdentityHashMap<>();
        for (DockerfileContext.RunScript r : context.runScripts()) {
            if (r.shell()) {
                scripts.put(r.run(), r.script());
            }
        }
        Run previous = null;
        for (Node node : context.file().nodes()) {
            if (!(node instanceof Instruction instruction)) {
                continue;
            }
            Run run = instruction instanceof Run r && short_(r, scripts.get(r)) ? r : null;
            if (run != null && previous != null && flags(run).equals(flags(previous))) {
                findings.report(run.syntax().keyword().range(), "this RUN directly follows another short RUN "
                        + "with the same flags; join them with && into one RUN to save a layer (keep them apart "
                        + "only when the first one is a cache boundary you want)");
            }
            previous = run;
        }
    }

    /** Shell form, no heredoc, parsed cleanly, at most {@link #MAX_COMMANDS} commands. */
    private static boolean short_(Run run, ShellScript script) {
        return script != null && run.syntax().heredocs().isEmpty() && !script.hasErrors()
                && script.commands().size() <= MAX_COMMANDS && !script.commands().isEmpty();
    }

    private static List<String> flags(Run run) {
        return run.syntax().flags().stream().map(f -> f.key() + "=" + f.valueOrEmpty()).sorted().toList();
    }
}
