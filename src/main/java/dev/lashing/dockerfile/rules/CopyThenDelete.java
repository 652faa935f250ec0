package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.dockerfile.syntax.FileTransfer;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.Run;
import dev.lashing.dockerfile.syntax.Token;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/** A file COPY'd into a shipped stage and deleted by a later RUN: the deletion hides it, the COPY layer keeps it. */
@Rule(
        id = "DF063",
        name = "copy-then-delete",
        summary = "File copied in one layer and deleted in a later RUN (it stays in the image)",
        severity = Severity.WARNING,
        practices = {"P22"},
        references = {"https://docs.docker.com/build/building/secrets/",
            "https://docs.docker.com/build/building/best-practices/#minimize-the-number-of-layers"})
public final class CopyThenDelete implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        Map<Run, DockerfileContext.RunScript> scripts = new IdentityHashMap<>();
        context.runScripts().forEach(r -> scripts.put(r.run(), r));
        for (Stage stage : context.model().shippedStages()) {
            Map<String, FileTransfer> copied = new HashMap<>();
            for (Instruction i : stage.instructions()) {
                if (i instanceof FileTransfer t) {
                    record(context, t, copied);
                } else if (i instanceof Run run && scripts.containsKey(run)) {
                    for (Command c : scripts.get(run).script().commandsNamed("rm")) {
                        for (Word w : c.args()) {
                            FileTransfer from = copied.get(normalise(w.text()));
                            if (from != null && !w.text().startsWith("-")) {
                                findings.report(w.range(), w.text() + " was added by " + from.syntax().name()
                                        + " on line " + Stages.line(context, from)
                                        + "; deleting it here hides it but its layer still holds it; copy it in a "
                                        + "build stage, use RUN --mount=type=bind (or type=secret), or .dockerignore it");
                            }
                        }
                    }
                }
            }
        }
    }

    /** Remembers the absolute paths a COPY/ADD creates (single named files only; globs and directories are skipped). */
    private static void record(DockerfileContext context, FileTransfer t, Map<String, FileTransfer> copied) {
        String dest = context.expand(t, t.destination().text()).value();
        if (!dest.startsWith("/")) {
            return;
        }
        for (Token source : t.sources()) {
            String src = context.expand(t, source.text()).value();
            if (src.contains("*") || src.contains("?") || src.contains("$") || src.contains("://")
                    || t.heredoc(source).isPresent() && !dest.endsWith("/")) {
                if (t.heredoc(source).isPresent()) {
                    copied.put(normalise(dest), t);
                }
                continue;
            }
            String name = src.substring(src.lastIndexOf('/', src.length() - 2) + 1);
            String target = dest.endsWith("/") || t.sources().size() > 1 ? dest + "/" + name : dest;
            copied.put(normalise(target), t);
        }
    }

    private static String normalise(String path) {
        String p = path.replace("\"", "").replace("'", "");
        while (p.contains("//")) {
            p = p.replace("//", "/");
        }
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
