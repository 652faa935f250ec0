package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Set;

/** A {@code gem install} of a gem without a version (opt-in). */
@Rule(
        id = "SH019",
        name = "gem-not-pinned",
        summary = "gem install of a gem without a version",
        severity = Severity.WARNING,
        practices = {"P11"},
        aliases = {"DL3028"},
        references = {"https://guides.rubygems.org/command-reference/#gem-install"},
        enabledByDefault = false)
public final class GemNotPinned implements DockerfileRule {
    private static final Set<String> VALUE_OPTIONS = Set.of("-v", "--version", "-i", "--install-dir", "-n",
            "--bindir", "-s", "--source", "-p", "--http-proxy", "--platform", "-g", "--file", "--build-root",
            "-P", "--trust-policy", "--target-rbconfig");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            for (Command c : run.script().commandsNamed("gem")) {
                List<Word> pos = c.positionalArgs(VALUE_OPTIONS);
                if (pos.isEmpty() || !(pos.get(0).text().equals("install") || pos.get(0).text().equals("i"))
                        || c.hasFlag("-v", "--version") || c.hasFlag("-g", "--file")) {
                    continue;
                }
                for (Word w : pos.subList(1, pos.size())) {
                    String t = w.text();
                    if (w.isStatic() && !t.contains(":") && !t.endsWith(".gem")) {
                        findings.report(w.range(), "gem " + t + " has no version: each build installs the newest "
                                + "release; write " + t + ":<version> (or -v <version>), or use a Gemfile.lock "
                                + "with bundle install");
                    }
                }
            }
        }
    }
}
