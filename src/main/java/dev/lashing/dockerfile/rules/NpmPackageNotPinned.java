package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Set;

/** An {@code npm install <package>} without {@code @version} (opt-in). */
@Rule(
        id = "SH018",
        name = "npm-package-not-pinned",
        summary = "npm install of a named package without @version",
        severity = Severity.WARNING,
        practices = {"P11"},
        aliases = {"DL3016"},
        references = {"https://docs.npmjs.com/cli/commands/npm-install"},
        enabledByDefault = false)
public final class NpmPackageNotPinned implements DockerfileRule {
    private static final Set<String> INSTALL_VERBS = Set.of("install", "i", "add", "in", "ins", "inst", "insta",
            "instal", "isnt", "isnta", "isntal", "isntall");
    private static final Set<String> VALUE_OPTIONS = Set.of("--prefix", "-C", "--registry", "--tag", "-w",
            "--workspace", "--omit", "--include", "--cache", "--userconfig", "--globalconfig", "--loglevel",
            "--install-strategy", "--before", "--cpu", "--os", "--libc", "--location");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            for (Command c : run.script().commandsNamed("npm")) {
                List<Word> pos = c.positionalArgs(VALUE_OPTIONS);
                if (pos.isEmpty() || !INSTALL_VERBS.contains(pos.get(0).text())) {
                    continue;
                }
                for (Word w : pos.subList(1, pos.size())) {
                    if (!LanguagePackages.npmPinned(w)) {
                        String name = w.text().endsWith("@latest")
                                ? w.text().substring(0, w.text().length() - "@latest".length()) : w.text();
                        findings.report(w.range(), "package " + w.text() + " has no fixed version: each build "
                                + "installs the newest release; write " + name + "@<version>, or list it in "
                                + "package.json and install with npm ci");
                    }
                }
            }
        }
    }
}
