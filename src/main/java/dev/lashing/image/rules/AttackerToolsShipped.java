package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The image ships download, network, remote-shell or debugging tools an intruder would use. */
@Rule(
        id = "IM032",
        name = "image-attacker-tools",
        summary = "The image ships tools an attacker would use (curl, wget, netcat, ssh, debuggers)",
        severity = Severity.WARNING,
        practices = {"P15"},
        references = {"CWE-1164"})
public final class AttackerToolsShipped implements ImageRule {
    /** Tools by name, with what each gives an intruder; interpreters are left out (they are often the app's runtime). */
    static final Map<String, String> TOOLS = Map.ofEntries(
            Map.entry("curl", "downloads payloads"), Map.entry("wget", "downloads payloads"),
            Map.entry("nc", "opens reverse shells"), Map.entry("ncat", "opens reverse shells"),
            Map.entry("netcat", "opens reverse shells"), Map.entry("socat", "opens reverse shells"),
            Map.entry("ssh", "reaches other hosts"), Map.entry("scp", "copies data out"),
            Map.entry("sftp", "copies data out"), Map.entry("telnet", "reaches other hosts"),
            Map.entry("nmap", "scans the network"), Map.entry("tcpdump", "sniffs traffic"),
            Map.entry("gdb", "attaches to and alters processes"), Map.entry("strace", "traces other processes"),
            Map.entry("ltrace", "traces other processes"));

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        Map<String, Executables.Found> found = Executables.firstByName(image.fileSystem(), TOOLS.keySet());
        TreeSet<String> applets = new TreeSet<>();
        Executables.Found firstApplet = null;
        for (Executables.Found f : found.values()) {
            if (f.applet()) {
                applets.add(f.name());
                firstApplet = firstApplet == null ? f : firstApplet;
                continue;
            }
            findings.file(f.entry(), f.name() + " is installed at " + f.path() + ": an intruder "
                    + TOOLS.get(f.name()) + " with it; remove it from the final image (use a multi-stage build, or install "
                    + "it only in a debug variant)");
        }
        if (firstApplet != null) {
            List<String> names = new ArrayList<>(applets);
            findings.file(firstApplet.entry(), "busybox provides " + String.join(", ", names) + " (e.g. "
                    + firstApplet.path() + "), which an intruder can use to fetch payloads or open shells; "
                    + "remove those applets' links, or use an image without busybox", Severity.INFO);
        }
    }
}
