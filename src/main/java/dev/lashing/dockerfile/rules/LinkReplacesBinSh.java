package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Set;

/** {@code ln} replaces {@code /bin/sh}, changing the shell of every later RUN behind the reader's back. */
@Rule(
        id = "SH053",
        name = "link-replaces-bin-sh",
        summary = "ln replaces /bin/sh; use the SHELL instruction instead",
        severity = Severity.WARNING,
        practices = {"P26"},
        aliases = {"DL4005"})
public final class LinkReplacesBinSh implements DockerfileRule {
    private static final Set<String> VALUE_FLAGS = Set.of("-t", "--target-directory", "-S", "--suffix");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            for (Command c : run.script().commandsNamed("ln")) {
                List<Word> pos = c.positionalArgs(VALUE_FLAGS);
                if (pos.size() < 2 || c.hasFlag("-t", "--target-directory")) {
                    continue;
                }
                Word link = pos.get(pos.size() - 1);
                if (link.isStatic() && (link.text().equals("/bin/sh") || link.text().equals("/usr/bin/sh"))) {
                    findings.report(link.range(), "ln replaces " + link.text() + ", so every later RUN silently "
                            + "runs another shell (and so does anything in the image that calls sh); state it with "
                            + "SHELL [\"/bin/bash\", \"-c\"] instead");
                }
            }
        }
    }
}
