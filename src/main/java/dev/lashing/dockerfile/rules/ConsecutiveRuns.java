package dev.lashing.dockerfile.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import dev.lashing.core.TextRange;
import dev.lashing.core.fix.Applicability;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.Fix;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Connector;
import dev.lashing.dockerfile.shell.Context;
import dev.lashing.dockerfile.shell.ShellScript;
import dev.lashing.dockerfile.syntax.Comment;
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
        aliases = {"DL3059"},
        fix = FixAvailability.SOMETIMES)
public final class ConsecutiveRuns implements DockerfileRule {
    /** A RUN with more commands than this is taken as deliberately separate. */
    static final int MAX_COMMANDS = 2;
    private static final String[] STATEFUL = {"cd", "pushd", "popd", "export", "set", "source", ".", "umask",
        "shopt", "unset", "alias", "trap", "ulimit", "declare", "typeset", "readonly", "local", "exec", "exit"};

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        Map<Run, ShellScript> scripts = new IdentityHashMap<>();
        for (DockerfileContext.RunScript r : context.runScripts()) {
            if (r.shell()) {
                scripts.put(r.run(), r.script());
            }
        }
        Run previous = null;
        boolean commentBetween = false;
        for (Node node : context.file().nodes()) {
            if (!(node instanceof Instruction instruction)) {
                commentBetween |= node instanceof Comment;
                continue;
            }
            Run run = instruction instanceof Run r && short_(r, scripts.get(r)) ? r : null;
            if (run != null && previous != null && flags(run).equals(flags(previous))) {
                String message = "this RUN directly follows another short RUN with the same flags; join them with "
                        + "&& into one RUN to save a layer (keep them apart only when the first one is a cache "
                        + "boundary you want)";
                TextRange at = run.syntax().keyword().range();
                if (!commentBetween && mergeable(scripts.get(previous), previous, scripts.get(run))) {
                    findings.report(at, message, Fix.of("Join with the previous RUN", Applicability.UNSAFE,
                            Edit.replace(new TextRange(previous.syntax().arguments().sourceRange().end(),
                                    run.syntax().arguments().sourceRange().start()),
                                    " " + context.file().escape() + "\n && ")));
                } else {
                    findings.report(at, message);
                }
            }
            previous = run;
            commentBetween = false;
        }
    }

    /**
     * Joining with {@code &&} keeps the meaning when the first script leaves no state behind (no cd,
     * export ...), ends in no operator or comment, and the second is one {@code &&}/pipe chain.
     */
    private static boolean mergeable(ShellScript first, Run firstRun, ShellScript second) {
        String text = firstRun.syntax().arguments().text().strip();
        if (text.indexOf('#') >= 0 || text.isEmpty() || ";&|".indexOf(text.charAt(text.length() - 1)) >= 0) {
            return false;
        }
        for (Command c : first.commands()) {
            if (c.isNamed(STATEFUL) || c.name().raw().isEmpty()) {
                return false;
            }
        }
        for (Command c : second.commands()) {
            if (c.context() == Context.TOP && c.before().filter(b -> b != Connector.AND && b != Connector.PIPE)
                    .isPresent()) {
                return false;
            }
        }
        return true;
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
