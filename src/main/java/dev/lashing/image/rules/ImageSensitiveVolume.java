package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The image config declares a volume on the root, a kernel interface, the Docker socket or a system directory. */
@Rule(
        id = "IM006",
        name = "image-sensitive-volume",
        summary = "Image config declares a volume on a sensitive path (/, /proc, /sys, /dev, /etc, Docker socket...)",
        severity = Severity.WARNING,
        practices = {"P57"},
        aliases = {"DKL-DI-0002"},
        references = {"CIS Docker Benchmark 5.5", "https://docs.docker.com/reference/dockerfile/#volume"})
public final class ImageSensitiveVolume implements ImageRule {
    /** Paths that are an error: the whole root, kernel interfaces and the container runtime's sockets. */
    private static final Set<String> CRITICAL = Set.of("/", "/proc", "/sys", "/dev", "/var/run/docker.sock",
            "/run/docker.sock", "/run/containerd/containerd.sock", "/var/run/crio/crio.sock", "/run/podman/podman.sock");
    /** System directories: a warning, at the directory or below it. */
    private static final List<String> SYSTEM = List.of("/etc", "/boot", "/root", "/run", "/var/run", "/lib/modules",
            "/usr", "/bin", "/sbin", "/lib", "/proc", "/sys", "/dev", "/var/lib/docker", "/var/lib/containerd",
            "/var/lib/kubelet");

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        for (String volume : new TreeSet<>(image.config().volumes())) {
            String path = normalise(volume);
            String pointer = "/config/Volumes/" + volume.replace("~", "~0").replace("/", "~1");
            if (CRITICAL.contains(path) || path.endsWith(".sock") || path.endsWith(".socket")) {
                findings.config(pointer, "the image declares a volume at " + path + ", "
                        + (path.equals("/") ? "the whole root file system" : "a kernel interface or runtime socket")
                        + ": it hides what the runtime puts there and invites mounting the host's own " + path
                        + ", a classic container escape; declare volumes only for application data", Severity.ERROR);
            } else {
                for (String dir : SYSTEM) {
                    if (path.equals(dir) || path.startsWith(dir + "/")) {
                        findings.config(pointer, "the image declares a volume at " + path + ", inside the system "
                                + "directory " + dir + ": it keeps that directory writable and persistent across "
                                + "upgrades and invites mounting the host's " + dir + "; declare volumes only for "
                                + "application data (e.g. /var/lib/app)");
                        break;
                    }
                }
            }
        }
    }

    /** The path with duplicate and trailing slashes and {@code .} segments removed. */
    static String normalise(String path) {
        StringBuilder sb = new StringBuilder();
        for (String seg : path.split("/")) {
            if (!seg.isEmpty() && !seg.equals(".")) {
                sb.append('/').append(seg);
            }
        }
        return sb.length() == 0 ? "/" : sb.toString();
    }
}
