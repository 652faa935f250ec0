package dev.lashing.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the API socket of a local Docker or Podman engine, as their own clients do: an explicit
 * path first, then {@code DOCKER_HOST} (only {@code unix://}: lashing speaks to no engine over TCP),
 * then the usual places of rootful Docker, rootless Podman and rootful Podman.
 */
final class DaemonSockets {
    private DaemonSockets() {}

    /** The socket to use, or a usage error naming every place tried. */
    static Path find(Path explicit, Map<String, String> env) throws UsageException {
        if (explicit != null) {
            if (!Files.exists(explicit)) {
                throw new UsageException("--daemon-socket " + explicit + ": no such socket");
            }
            return explicit;
        }
        String host = env.getOrDefault("DOCKER_HOST", "").trim();
        if (!host.isEmpty()) {
            if (!host.startsWith("unix://")) {
                throw new UsageException("DOCKER_HOST=" + host + ": only unix:// sockets are supported; "
                        + "export the image with docker save and scan the archive instead");
            }
            Path socket = Path.of(host.substring("unix://".length()));
            if (!Files.exists(socket)) {
                throw new UsageException("DOCKER_HOST=" + host + ": no such socket");
            }
            return socket;
        }
        List<Path> tried = candidates(env);
        for (Path p : tried) {
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new UsageException("no Docker or Podman socket found (tried " + String.join(", ",
                tried.stream().map(Path::toString).toList()) + "); pass --daemon-socket PATH or set DOCKER_HOST, "
                + "or scan a docker save archive instead");
    }

    /** Where engines put their sockets by default, in the order tried. */
    static List<Path> candidates(Map<String, String> env) {
        List<Path> out = new ArrayList<>();
        out.add(Path.of("/var/run/docker.sock"));
        String runtime = env.getOrDefault("XDG_RUNTIME_DIR", "");
        if (!runtime.isEmpty()) {
            out.add(Path.of(runtime, "podman", "podman.sock"));
            out.add(Path.of(runtime, "docker.sock"));
        }
        out.add(Path.of("/run/podman/podman.sock"));
        return out;
    }
}
