package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;

/** The container shares the host's IPC namespace. */
@Rule(
        id = "RT017",
        name = "container-host-ipc",
        summary = "Container shares the host's IPC namespace (--ipc host, hostIPC: true)",
        severity = Severity.ERROR,
        practices = {"P54"},
        aliases = {"CIS-DOCKER-5.17", "KSV-0008", "KSV008", "host-ipc", "hostIPCSet"},
        references = {"https://docs.docker.com/reference/cli/docker/container/run/#ipc"})
public final class HostIpc implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        HostNamespace.check(spec.ipc(), findings, "IPC", Spelling.of(spec.kind()).hostIpc(),
                "it can read and corrupt the shared memory segments, semaphores and message queues of host "
                        + "processes", "remove it; containers that must share memory can share an IPC namespace "
                        + "between themselves (--ipc container:NAME, shareable)", null);
    }
}
