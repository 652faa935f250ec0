package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Optional;

/** {@code zypper dist-upgrade}: a distribution upgrade inside a build, with unpredictable major changes. */
@Rule(
        id = "SH036",
        name = "zypper-dist-upgrade",
        summary = "zypper dist-upgrade (dup) in a RUN",
        severity = Severity.WARNING,
        practices = {"P16"},
        aliases = {"DL3035"},
        references = {"https://en.opensuse.org/SDB:Zypper_manual"})
public final class ZypperDistUpgrade implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            for (Command c : run.script().commandsNamed(RpmManagers.ZYPPER)) {
                Optional<Word> verb = RpmManagers.verbWord(c);
                if (verb.isPresent() && (verb.get().text().equals("dist-upgrade") || verb.get().text().equals("dup"))) {
                    findings.report(verb.get().range(), "zypper " + verb.get().text() + " may move the image to "
                            + "another distribution release, with major version changes nobody reviewed; pick a base "
                            + "image of the release you want and use zypper -n update (or patch) for fixes");
                }
            }
        }
    }
}
