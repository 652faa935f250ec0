package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Set;

/** Network and debugging tools an attacker would love, installed in the shipped image (opt-in). */
@Rule(
        id = "SH077",
        name = "attacker-tools-in-shipped-image",
        summary = "Network or debugging tools (curl, wget, netcat, ssh, gdb...) installed in the shipped image",
        severity = Severity.INFO,
        practices = {"P15"},
        references = {"https://www.cisecurity.org/benchmark/docker"},
        enabledByDefault = false)
public final class AttackerToolsInShippedImage implements DockerfileRule {
    private static final Set<String> TOOLS = Set.of("curl", "wget", "netcat", "netcat-openbsd", "netcat-traditional",
            "nc", "ncat", "nmap", "socat", "telnet", "openssh-client", "openssh-server", "openssh", "ssh", "tcpdump",
            "gdb", "strace", "ltrace", "vim", "nano", "ftp", "rsync", "iputils-ping", "dnsutils", "bind-tools");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            if (run.stage().isEmpty() || !context.model().isShipped(run.stage().get())) {
                continue;
            }
            for (Command c : run.script().commands()) {
                for (Word w : InstalledPackages.of(c)) {
                    String name = InstalledPackages.name(w);
                    if (TOOLS.contains(name)) {
                        findings.report(w.range(), name + " stays in the shipped image, ready for whoever breaks in "
                                + "to download payloads, open shells or inspect memory; use it in a build stage, or "
                                + "remove it in the same RUN once it has served");
                    }
                }
            }
        }
    }
}
