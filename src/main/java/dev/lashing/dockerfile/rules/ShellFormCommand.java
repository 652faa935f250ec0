package dev.lashing.dockerfile.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import dev.lashing.core.fix.Applicability;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.Fix;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.syntax.Cmd;
import dev.lashing.dockerfile.syntax.CommandLine;
import dev.lashing.dockerfile.syntax.Entrypoint;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.ShellForm;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** CMD or ENTRYPOINT of a shipped stage in shell form, so PID 1 is a shell that does not pass on signals. */
@Rule(
        id = "DF006",
        name = "shell-form-command",
        summary = "CMD or ENTRYPOINT in shell form: signals do not reach the application",
        severity = Severity.WARNING,
        practices = {"P26"},
        aliases = {"DL3025"},
        references = {"https://docs.docker.com/reference/dockerfile/#shell-and-exec-form"},
        fix = FixAvailability.SOMETIMES)
public final class ShellFormCommand implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (Class<? extends Instruction> kind : List.of(Cmd.class, Entrypoint.class)) {
            Stages.effective(context, kind).ifPresent(found -> check(found.stage(), found.instruction(), findings));
        }
    }

    private static void check(Stage stage, Instruction i, FindingSink findings) {
        CommandLine line = i instanceof Cmd c ? c.command() : ((Entrypoint) i).command();
        if (!(line instanceof ShellForm shell) || !stage.shellAt(i).isPosix()) {
            return;
        }
        String text = shell.text().text().strip();
        if (text.isEmpty() || text.startsWith("exec ") || text.startsWith("exec\t")) {
            return;
        }
        String message = i.syntax().name() + " in shell form runs under /bin/sh -c, so the shell is PID 1 and the "
                + "application never receives SIGTERM (no graceful shutdown)"
                + (i instanceof Entrypoint ? ", and CMD and `docker run` arguments are ignored" : "")
                + "; use the JSON exec form, or start the command with `exec`";
        Optional<List<String>> words = staticWords(text);
        if (words.isPresent()) {
            findings.report(shell.text().sourceRange(), message, Fix.of("Convert to exec form",
                    Applicability.UNSAFE, Edit.replace(shell.text().sourceRange(), json(words.get()))));
        } else {
            findings.report(shell.text().sourceRange(), message);
        }
    }

    /**
     * The words of a command that uses no shell feature (no variables, globs, operators or
     * escapes), so exec form runs exactly the same program with the same arguments.
     */
    static Optional<List<String>> staticWords(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder cur = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                if (cur != null) {
                    words.add(cur.toString());
                    cur = null;
                }
                i++;
                continue;
            }
            if (cur == null) {
                cur = new StringBuilder();
            }
            if (c == '\'' || c == '"') {
                int close = text.indexOf(c, i + 1);
                if (close < 0) {
                    return Optional.empty();
                }
                String inner = text.substring(i + 1, close);
                if (c == '"' && (inner.indexOf('$') >= 0 || inner.indexOf('`') >= 0 || inner.indexOf('\\') >= 0
                        || inner.indexOf('!') >= 0)) {
                    return Optional.empty();
                }
                cur.append(inner);
                i = close + 1;
                continue;
            }
            if (!(Character.isLetterOrDigit(c) || "_./:=,@%+-".indexOf(c) >= 0)) {
                return Optional.empty();
            }
            cur.append(c);
            i++;
        }
        if (cur != null) {
            words.add(cur.toString());
        }
        if (words.isEmpty() || words.get(0).contains("=")) {
            return Optional.empty();
        }
        return Optional.of(words);
    }

    static String json(List<String> words) {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < words.size(); k++) {
            sb.append(k == 0 ? "\"" : ", \"");
            for (char ch : words.get(k).toCharArray()) {
                if (ch == '"' || ch == '\\') {
                    sb.append('\\').append(ch);
                } else if (ch < 0x20) {
                    sb.append(String.format("\\u%04x", (int) ch));
                } else {
                    sb.append(ch);
                }
            }
            sb.append('"');
        }
        return sb.append(']').toString();
    }
}
