package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.model.EffectiveUser;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.dockerfile.syntax.FileTransfer;
import dev.lashing.dockerfile.syntax.Flag;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Set;

/** Files copied in (or chown'ed) to the very user the image runs as, so the process can rewrite its own code. */
@Rule(
        id = "DF073",
        name = "code-owned-by-runtime-user",
        summary = "Application files owned by the user the image runs as",
        severity = Severity.INFO,
        practices = {"P33"},
        references = {"CWE-732", "https://docs.docker.com/build/building/best-practices/#user"})
public final class CodeOwnedByRuntimeUser implements DockerfileRule {
    /** Directories a process legitimately writes to; owning them is the point. */
    private static final List<String> DATA_DIRS = List.of("/data", "/tmp", "/var/tmp", "/var/lib/", "/var/cache/",
            "/var/log", "/var/run", "/run", "/home/", "/cache", "/uploads", "/logs");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        Stage last = context.model().finalStage().orElse(null);
        if (last == null || !(last.effectiveUser() instanceof EffectiveUser.Explicit user) || user.isRoot()
                || user.userPart().isEmpty()) {
            return;
        }
        String runtime = user.userPart().get();
        for (Stage stage : context.model().shippedStages()) {
            for (Instruction i : stage.instructions()) {
                if (i instanceof FileTransfer t && t.syntax().flag("chown").isPresent()) {
                    Flag chown = t.syntax().flag("chown").get();
                    String owner = context.expand(t, chown.valueOrEmpty()).value();
                    if (owner(owner).equals(runtime) && !dataDir(context.expand(t, t.destination().text()).value())) {
                        findings.report(chown.range(), "files copied with --chown=" + owner + " belong to " + runtime
                                + ", the user the image runs as, so a compromised process can rewrite its own code; "
                                + "leave code owned by root and give " + runtime + " only the directories it writes");
                    }
                }
            }
        }
        for (DockerfileContext.RunScript run : context.runScripts()) {
            if (run.stage().isEmpty() || !context.model().isShipped(run.stage().get())) {
                continue;
            }
            for (Command c : run.script().commandsNamed("chown")) {
                List<Word> pos = c.positionalArgs(Set.of("--from", "--reference"));
                if (pos.size() >= 2 && c.hasFlag("-R", "--recursive") && owner(pos.get(0).text()).equals(runtime)
                        && pos.subList(1, pos.size()).stream().anyMatch(w -> !dataDir(w.text()))) {
                    findings.report(c.range(), "chown -R gives " + runtime + ", the user the image runs as, its own "
                            + "code, so a compromised process can rewrite it; chown only the directories it writes");
                }
            }
        }
    }

    private static String owner(String spec) {
        int colon = spec.indexOf(':');
        return colon < 0 ? spec : spec.substring(0, colon);
    }

    private static boolean dataDir(String path) {
        for (String d : DATA_DIRS) {
            if (path.equals(d) || path.startsWith(d.endsWith("/") ? d : d + "/") || d.endsWith("/") && path.equals(d.substring(0, d.length() - 1))) {
                return true;
            }
        }
        return false;
    }
}
