package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Set;

/** An SSH server is installed in the shipped image. */
@Rule(
        id = "SH082",
        name = "ssh-server-installed",
        summary = "SSH server installed in the shipped image",
        severity = Severity.WARNING,
        practices = {"P15"},
        references = {"CIS Docker Benchmark 5.6", "https://docs.docker.com/reference/cli/docker/container/exec/"})
public final class SshServerInstalled implements DockerfileRule {
    /** Packages that bring an SSH daemon (apk's "openssh" includes the server). */
    private static final Set<String> SERVERS = Set.of("openssh-server", "openssh", "dropbear", "ssh", "tinysshd");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            if (run.stage().isEmpty() || !context.model().isShipped(run.stage().get())) {
                continue;
            }
            for (Command c : run.script().commands()) {
                for (Word w : InstalledPackages.of(c)) {
                    String name = InstalledPackages.name(w);
                    boolean server = SERVERS.contains(name) && !(name.equals("openssh") && !c.isNamed("apk"))
                            && !(name.equals("ssh") && !c.isNamed("apt-get", "apt"));
                    if (server) {
                        findings.report(w.range(), name + " puts an SSH server in the image: one more daemon to "
                                + "patch and attack, with its own keys and passwords; use docker exec or kubectl exec "
                                + "to get into a container");
                    }
                }
            }
        }
    }
}
