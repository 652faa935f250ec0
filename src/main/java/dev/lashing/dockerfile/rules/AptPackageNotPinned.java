package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;

/** An {@code apt-get install} package without {@code =version} (opt-in). */
@Rule(
        id = "SH015",
        name = "apt-package-not-pinned",
        summary = "apt-get install of a package without a pinned version",
        severity = Severity.WARNING,
        practices = {"P10"},
        aliases = {"DL3008"},
        references = {"https://docs.docker.com/build/building/best-practices/#apt-get"},
        enabledByDefault = false)
public final class AptPackageNotPinned implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            for (Command c : run.script().commandsNamed("apt-get", "apt")) {
                List<Word> pos = Apt.positional(c);
                if (pos.isEmpty() || !pos.get(0).text().equals("install")) {
                    continue;
                }
                for (Word w : pos.subList(1, pos.size())) {
                    if (!Apt.pinned(w)) {
                        findings.report(w.range(), "package " + w.text() + " is not pinned: each build installs "
                                + "whatever version the archive has that day; write " + w.text() + "=<version>");
                    }
                }
            }
        }
    }
}
