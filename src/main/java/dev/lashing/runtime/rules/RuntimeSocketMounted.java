package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Mount;
import dev.lashing.runtime.model.Sourced;

/** The container mounts the Docker, Podman, containerd or CRI-O socket. */
@Rule(
        id = "RT021",
        name = "container-runtime-socket-mounted",
        summary = "Container mounts the container runtime's socket (docker.sock, podman.sock, containerd.sock, crio.sock)",
        severity = Severity.ERROR,
        practices = {"P57"},
        aliases = {"CIS-DOCKER-5.32", "KSV-0006", "KSV006", "docker-sock"},
        references = {"CWE-250", "https://docs.docker.com/engine/security/#docker-daemon-attack-surface"})
public final class RuntimeSocketMounted implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        for (Sourced<Mount> m : spec.mounts()) {
            if (m.isUnresolved()) {
                if (m.text().contains(".sock")) {
                    Undecided.report(m, findings, "whether the container gets the container runtime's socket");
                }
                continue;
            }
            Mount mount = m.value();
            if (!mount.isHostPath() || !HostPaths.isRuntimeSocket(mount.source())) {
                continue;
            }
            findings.report(m, "the container gets the container runtime's socket " + mount.source() + " ("
                    + Spelling.written(m, mount.source()) + "): whoever controls a process in it can start a "
                    + "privileged container that mounts the host's root filesystem, that is own the host; a read-only "
                    + "mount does not help (connecting to a socket ignores it); remove it, or put a socket proxy in "
                    + "between that allows only the API calls needed");
        }
    }
}
