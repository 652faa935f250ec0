package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;

/** An {@code apk add} package without a version constraint (opt-in). */
@Rule(
        id = "SH016",
        name = "apk-package-not-pinned",
        summary = "apk add of a package without a version constraint",
        severity = Severity.WARNING,
        practices = {"P10"},
        aliases = {"DL3018"},
        references = {"https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper"},
        enabledByDefault = false)
public final class ApkPackageNotPinned implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            for (Command c : run.script().commandsNamed("apk")) {
                List<Word> pos = Apk.positional(c);
                if (pos.isEmpty() || !pos.get(0).text().equals("add")) {
                    continue;
                }
                for (Word w : pos.subList(1, pos.size())) {
                    if (!Apk.pinned(w)) {
                        findings.report(w.range(), "package " + w.text() + " has no version constraint: each build "
                                + "installs whatever the repository has that day; write " + w.text()
                                + "=<version> or " + w.text() + "~<major.minor>");
                    }
                }
            }
        }
    }
}
