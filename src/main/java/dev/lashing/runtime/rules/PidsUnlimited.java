package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;
import dev.lashing.runtime.model.Ulimit;

/** The container has no limit on the number of processes it may start. */
@Rule(
        id = "RT012",
        name = "container-pids-unlimited",
        summary = "Container has no PIDs limit, so a fork bomb can exhaust the host's process table",
        severity = Severity.WARNING,
        practices = {"P51"},
        aliases = {"CIS-DOCKER-5.29"},
        references = {"CWE-770", "https://docs.docker.com/reference/cli/docker/container/run/#pids-limit"})
public final class PidsUnlimited implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Sourced<Long> pids = spec.pidsLimit();
        if (spec.kind() == SourceKind.KUBERNETES || pids.isUnresolved() || pids.value() > 0) {
            return; // Kubernetes sets it per node (the kubelet's podPidsLimit), not in manifests
        }
        if (spec.kind() == SourceKind.QUADLET && !pids.isExplicit()) {
            return; // Podman's default (containers.conf pids_limit) is 2048
        }
        String set = pids.isExplicit() ? " (" + Spelling.written(pids, "0") + ")" : "";
        boolean nproc = spec.ulimits().stream().anyMatch(u -> u.known().map(Ulimit::name).orElse("").equals("nproc"));
        String nprocNote = nproc ? "; the nproc ulimit does not replace it: it counts every process of the UID on "
                + "the whole host, and root ignores it" : "";
        findings.report(pids, "the container has no PIDs limit" + set + ": a fork bomb or a runaway process can fill "
                + "the host's process table and stop every other workload" + nprocNote + "; set "
                + Spelling.of(spec.kind()).pidsLimit());
    }
}
