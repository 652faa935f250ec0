package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** The shipped image installs OS packages and never removes the setuid/setgid bits they bring (opt-in). */
@Rule(
        id = "SH079",
        name = "setuid-not-stripped",
        summary = "OS packages installed in the shipped image without stripping setuid/setgid bits",
        severity = Severity.INFO,
        practices = {"P27"},
        aliases = {"CIS-DI-0008"},
        references = {"CIS Docker Benchmark 4.8"},
        enabledByDefault = false)
public final class SetuidNotStripped implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        Stage last = context.model().finalStage().orElse(null);
        if (last == null) {
            return;
        }
        Command firstInstall = null;
        for (DockerfileContext.RunScript run : context.runScripts()) {
            if (run.stage().isEmpty() || !context.model().isShipped(run.stage().get())) {
                continue;
            }
            for (Command c : run.script().commands()) {
                if (strips(c)) {
                    return;
                }
                if (firstInstall == null && !InstalledPackages.of(c).isEmpty()) {
                    firstInstall = c;
                }
            }
        }
        if (firstInstall != null) {
            findings.report(firstInstall.range(), "packages installed in the shipped image bring setuid/setgid "
                    + "programs (passwd, su, mount...) that a non-root intruder can use to become root; strip the bits: "
                    + "find / -xdev -perm /6000 -type f -exec chmod a-s {} +");
        }
    }

    /** {@code chmod a-s|u-s|g-s|-s|ug-s} or {@code find ... -perm ... -exec chmod ...}. */
    private static boolean strips(Command c) {
        if (c.isNamed("chmod")) {
            for (Word w : c.args()) {
                String t = w.text();
                if (t.endsWith("-s") && !t.startsWith("--") || t.contains("-s,")) {
                    return true;
                }
            }
        }
        return c.isNamed("find") && c.args().stream().anyMatch(w -> w.text().equals("-perm"))
                && c.args().stream().anyMatch(w -> w.text().equals("chmod") || w.text().contains("-s"));
    }
}
