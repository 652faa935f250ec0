package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Set;

/** sudo used in a RUN, or installed into the image. */
@Rule(
        id = "SH002",
        name = "sudo-used",
        summary = "sudo used or installed in the image",
        severity = Severity.WARNING,
        practices = {"P32"},
        aliases = {"DL3004", "DS-0010", "DS010", "CKV2_DOCKER_1", "DKL-DI-0001"},
        references = {"CWE-250"})
public final class SudoUsed implements DockerfileRule {
    private static final Set<String> INSTALLERS = Set.of("apt-get", "apt", "apk", "yum", "dnf", "microdnf", "zypper");
    private static final Set<String> INSTALL_VERBS = Set.of("install", "add", "in");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            for (Command c : run.script().commands()) {
                if (c.isNamed("sudo")) {
                    findings.report(c.name().range(), "sudo in a RUN: build steps already run as root (or as the "
                            + "USER you set), and sudo's TTY and PAM handling make builds unpredictable; switch USER "
                            + "instead, or use gosu/su-exec in an entrypoint");
                } else if (c.simpleName().filter(INSTALLERS::contains).isPresent()) {
                    installedSudo(c, findings);
                }
            }
        }
    }

    private static void installedSudo(Command c, FindingSink findings) {
        var words = c.positionalArgs(Set.of("-o", "-c", "--config", "-t", "--target-release", "--repo", "-X",
                "--repository"));
        if (words.isEmpty() || !INSTALL_VERBS.contains(words.get(0).text())) {
            return;
        }
        for (Word w : words.subList(1, words.size())) {
            String pkg = w.text();
            int cut = pkg.indexOf('=');
            if ((cut > 0 ? pkg.substring(0, cut) : pkg).equals("sudo")) {
                findings.report(w.range(), "sudo installed into the image: it gives any process that can run it "
                        + "an easy path to root; leave it out and switch users with USER");
            }
        }
    }
}
