package dev.lashing.runtime.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Judges host paths that containers mount: container-runtime sockets, and directories that give a
 * container the host's configuration, processes, devices, system code or credentials.
 */
final class HostPaths {
    /** Socket file names of container runtimes. */
    private static final Set<String> SOCKETS = Set.of("docker.sock", "podman.sock", "containerd.sock", "crio.sock",
            "cri-dockerd.sock", "dockershim.sock");
    /** Directories that hold a runtime's socket. */
    private static final Set<String> SOCKET_DIRS = Set.of("/var/run/docker", "/run/docker", "/run/containerd",
            "/var/run/containerd", "/run/podman", "/var/run/podman", "/run/crio", "/var/run/crio");
    /** Directories sensitive with everything under them, and why. */
    private static final Map<String, String> SUBTREES = Map.ofEntries(
            Map.entry("/etc", "the host's configuration, with password hashes, keys and service credentials"),
            Map.entry("/proc", "the host's processes and kernel tunables"),
            Map.entry("/sys", "the kernel's and the devices' tunables"),
            Map.entry("/boot", "the host's kernel and boot loader"),
            Map.entry("/dev", "the host's devices"),
            Map.entry("/root", "root's home directory, with its keys and credentials"),
            Map.entry("/run", "the sockets and state of host services (the container runtime's socket among them)"),
            Map.entry("/var/run", "the sockets and state of host services (the container runtime's socket among them)"),
            Map.entry("/var/lib/docker", "the container runtime's state: every container's files and secrets"),
            Map.entry("/var/lib/containerd", "the container runtime's state: every container's files and secrets"),
            Map.entry("/var/lib/containers", "the container runtime's state: every container's files and secrets"),
            Map.entry("/var/lib/kubelet", "the kubelet's state, with every pod's secrets and tokens"),
            Map.entry("/lib", "the host's system libraries"), Map.entry("/lib64", "the host's system libraries"),
            Map.entry("/usr/lib", "the host's system libraries"), Map.entry("/bin", "the host's system programs"),
            Map.entry("/sbin", "the host's system programs"), Map.entry("/usr/bin", "the host's system programs"),
            Map.entry("/usr/sbin", "the host's system programs"));
    /** Directories sensitive as a whole, whose subdirectories are ordinary ({@code /usr/local/app}, {@code /home/me/src}). */
    private static final Map<String, String> EXACT = Map.of(
            "/", "the host's whole filesystem",
            "/usr", "the host's system programs and libraries",
            "/home", "every user's home directory",
            "/var", "the host's variable data, the container runtime's included");
    /** Directories of credentials in a home directory. */
    private static final Set<String> CREDENTIAL_DIRS = Set.of(".ssh", ".aws", ".kube", ".docker", ".gnupg", ".azure",
            ".gcloud", ".config/gcloud");

    /**
     * Host files under a sensitive directory that hold nothing secret, so that reading them is harmless:
     * the clock, the host's name and release, name resolution, and the public CA certificates (with
     * everything under the directories).
     */
    private static final Set<String> HARMLESS_TO_READ = Set.of("/etc/localtime", "/etc/timezone", "/etc/os-release",
            "/usr/lib/os-release", "/etc/machine-id", "/etc/hostname", "/etc/hosts", "/etc/resolv.conf",
            "/etc/ssl/certs", "/etc/ca-certificates", "/etc/pki/ca-trust/extracted", "/etc/pki/tls/certs");

    private HostPaths() {}

    /**
     * True when reading host path {@code path} gives nothing away ({@code /etc/localtime}, {@code /etc/ssl/certs}):
     * mounted read-only, it is not sensitive.
     */
    static boolean harmlessToRead(String path) {
        Optional<String> norm = normalise(path);
        if (norm.isEmpty()) {
            return false;
        }
        String p = norm.get();
        for (String harmless : HARMLESS_TO_READ) {
            if (p.equals(harmless) || p.startsWith(harmless + "/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The path made absolute and lexically clean ({@code //}, {@code .}, {@code ..} and a trailing slash
     * removed); {@code ~} is kept as the first segment. Empty for relative paths and volume names.
     */
    static Optional<String> normalise(String path) {
        String p = path.strip();
        boolean home = p.equals("~") || p.startsWith("~/");
        if (!p.startsWith("/") && !home) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (String seg : (home ? p.substring(1) : p).split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
            } else {
                out.add(seg);
            }
        }
        return Optional.of((home ? "~" : "") + "/" + String.join("/", out));
    }

    /** True when the host path is a container runtime's socket or the directory holding it. */
    static boolean isRuntimeSocket(String path) {
        String p = normalise(path).orElse(path.strip());
        String name = p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return SOCKETS.contains(name) || SOCKET_DIRS.contains(p) || p.toLowerCase(Locale.ROOT).contains("docker_engine");
    }

    /** Why mounting host path {@code path} is sensitive, if it is. */
    static Optional<String> sensitive(String path) {
        Optional<String> norm = normalise(path);
        if (norm.isEmpty()) {
            return Optional.empty();
        }
        String p = norm.get();
        if (EXACT.containsKey(p)) {
            return Optional.of(EXACT.get(p));
        }
        for (Map.Entry<String, String> e : SUBTREES.entrySet()) {
            if (p.equals(e.getKey()) || p.startsWith(e.getKey() + "/")) {
                return Optional.of(e.getValue());
            }
        }
        String[] seg = p.split("/");
        if (p.equals("~") || seg.length == 3 && seg[1].equals("home")) {
            return Optional.of("a user's home directory, with their keys and credentials");
        }
        String inHome = p.startsWith("~/") ? p.substring(2) : p.startsWith("/home/") && seg.length > 3
                ? p.substring(("/home/" + seg[2] + "/").length()) : p.startsWith("/root/") ? p.substring(6) : null;
        if (inHome != null) {
            for (String c : CREDENTIAL_DIRS) {
                if (inHome.equals(c) || inHome.startsWith(c + "/")) {
                    return Optional.of("a user's credentials (" + c + ")");
                }
            }
        }
        return Optional.empty();
    }
}
