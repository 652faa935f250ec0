package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.dockerfile.syntax.Copy;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.Run;
import dev.lashing.dockerfile.syntax.Token;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A local archive is COPY'd and then extracted by a later RUN, so the archive itself stays in a layer. */
@Rule(
        id = "DF071",
        name = "copied-archive-extracted",
        summary = "Local archive copied in, then extracted by a later RUN (the archive stays in the image)",
        severity = Severity.INFO,
        practices = {"P22", "P24"},
        aliases = {"DL3010"},
        references = {"https://docs.docker.com/reference/dockerfile/#adding-local-tar-archives"})
public final class CopiedArchiveExtracted implements DockerfileRule {
    private static final List<String> SUFFIXES = List.of(".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz",
            ".tar.xz", ".txz", ".tar.zst", ".zip");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        Map<Run, DockerfileContext.RunScript> scripts = new IdentityHashMap<>();
        context.runScripts().forEach(r -> scripts.put(r.run(), r));
        for (Stage stage : context.model().stages()) {
            Map<String, Token> archives = new LinkedHashMap<>();
            for (Instruction i : stage.instructions()) {
                if (i instanceof Copy copy && copy.from().isEmpty()) {
                    for (Token source : copy.sources()) {
                        String name = baseName(context.expand(copy, source.text()).value());
                        if (isArchive(name)) {
                            archives.put(name, source);
                        }
                    }
                } else if (i instanceof Run run && scripts.containsKey(run) && !archives.isEmpty()) {
                    for (Command c : scripts.get(run).script().commandsNamed("tar", "unzip", "bsdtar")) {
                        for (Word w : c.args()) {
                            Token copied = archives.remove(baseName(w.text()));
                            if (copied != null) {
                                findings.report(copied.range(), copied.text() + " is copied in and then extracted by "
                                        + c.simpleName().orElse("tar") + ": the archive stays in the COPY layer; for a "
                                        + "tar archive ADD extracts it in one step, or extract it from a bind mount "
                                        + "(RUN --mount=type=bind,source=" + copied.text() + ",target=/tmp/a ...)");
                            }
                        }
                    }
                }
            }
        }
    }

    private static boolean isArchive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    private static String baseName(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
