package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;

/** The container shares the host's PID namespace. */
@Rule(
        id = "RT016",
        name = "container-host-pid",
        summary = "Container shares the host's PID namespace (--pid host, hostPID: true)",
        severity = Severity.ERROR,
        practices = {"P54"},
        aliases = {"CIS-DOCKER-5.16", "KSV-0010", "KSV010", "host-pid", "hostPIDSet"},
        references = {"https://docs.docker.com/reference/cli/docker/container/run/#pid"})
public final class HostPid implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        HostNamespace.check(spec.pid(), findings, "PID", Spelling.of(spec.kind()).hostPid(),
                "it sees every process of the host with its command line, can signal those of its UID, read their "
                        + "environment and, with SYS_PTRACE, attach to them", "remove it", null);
    }
}
