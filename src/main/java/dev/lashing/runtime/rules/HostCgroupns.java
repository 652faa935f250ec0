package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.SourceKind;

/** The container shares the host's cgroup namespace. */
@Rule(
        id = "RT054",
        name = "container-host-cgroupns",
        summary = "Container shares the host's cgroup namespace (--cgroupns host, cgroup: host)",
        severity = Severity.WARNING,
        practices = {"P54"},
        references = {"https://docs.docker.com/reference/cli/docker/container/run/#cgroupns",
            "https://man7.org/linux/man-pages/man7/cgroup_namespaces.7.html"})
public final class HostCgroupns implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        if (spec.kind() == SourceKind.KUBERNETES) {
            return; // no such setting: the kubelet always gives containers their own
        }
        String spelled = spec.kind() == SourceKind.COMPOSE ? "cgroup: host" : "--cgroupns=host";
        String fix = spec.kind() == SourceKind.COMPOSE ? "remove it (or write `cgroup: private`)"
                : "remove it (or pass --cgroupns=private)";
        HostNamespace.check(spec.cgroupns(), findings, "cgroup", spelled,
                "it sees the host's whole cgroup hierarchy (every container's and service's, with their paths and "
                        + "limits) instead of its own subtree, and with a writable cgroup filesystem (privileged, or "
                        + "SYS_ADMIN) it can change them or use the cgroup v1 release_agent escape",
                fix, null);
    }
}
