package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/** A {@code pip install} requirement without a version specifier (opt-in). */
@Rule(
        id = "SH017",
        name = "pip-package-not-pinned",
        summary = "pip install of a package without a version specifier",
        severity = Severity.WARNING,
        practices = {"P11"},
        aliases = {"DL3013"},
        references = {"https://pip.pypa.io/en/stable/topics/repeatable-installs/"},
        enabledByDefault = false)
public final class PipPackageNotPinned implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            for (Command c : run.script().commands()) {
                LanguagePackages.pipInstall(c).ifPresent(pip -> {
                    if (LanguagePackages.pipUsesFiles(c)) {
                        return;
                    }
                    for (Word w : positional(pip.args())) {
                        if (!LanguagePackages.pipPinned(w)) {
                            findings.report(w.range(), "package " + w.text() + " has no version: each build installs "
                                    + "the newest release; write " + w.text() + "==<version>, or install from a "
                                    + "requirements file (pip install -r requirements.txt, ideally with hashes)");
                        }
                    }
                });
            }
        }
    }

    /** The requirement words among pip install's arguments. */
    private static List<Word> positional(List<Word> args) {
        List<Word> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String t = args.get(i).text();
            if (t.equals("--")) {
                continue;
            }
            if (t.startsWith("-")) {
                if (LanguagePackages.PIP_VALUE_OPTIONS.contains(t)) {
                    i++;
                }
                continue;
            }
            out.add(args.get(i));
        }
        return out;
    }
}
