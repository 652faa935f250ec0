package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.image.layer.LayerEntry;
import dev.lashing.rules.Rule;
import java.util.Set;

/** The image ships an SSH server, or SSH host private keys that every container of the image would share. */
@Rule(
        id = "IM039",
        name = "image-ssh-server",
        summary = "The image ships an SSH server or SSH host private keys",
        severity = Severity.WARNING,
        practices = {"P15", "P21"},
        references = {"CIS Docker Benchmark 5.6", "CWE-321"})
public final class SshServerShipped implements ImageRule {
    private static final Set<String> SERVERS = Set.of("sshd", "dropbear");

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        for (Executables.Found f : Executables.firstByName(image.fileSystem(), SERVERS).values()) {
            findings.file(f.entry(), "SSH server " + f.name() + " is installed at " + f.path() + ": a container "
                    + "should not run one (it is a second way in, with its own keys and users); use docker exec "
                    + "or kubectl exec to get a shell, and remove the server package");
        }
        for (LayerEntry e : image.fileSystem().liveUnder("etc/ssh")) {
            String name = e.path().substring(e.path().lastIndexOf('/') + 1);
            if (e.isRegular() && e.path().indexOf('/', "etc/ssh/".length()) < 0 && name.startsWith("ssh_host_")
                    && name.endsWith("_key")) {
                findings.file(e, "SSH host private key " + e.absolutePath() + " is in the image: every container "
                        + "of the image shares it, so anyone who pulls the image can impersonate them; generate host "
                        + "keys when the container starts, or better, run no SSH server");
            }
        }
    }
}
