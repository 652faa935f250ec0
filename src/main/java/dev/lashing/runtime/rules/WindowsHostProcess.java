package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Sourced;

/** A Windows container runs as a HostProcess container: a process on the node, with the node's access. */
@Rule(
        id = "RT045",
        name = "container-windows-host-process",
        summary = "Windows HostProcess container (windowsOptions.hostProcess: true), as privileged as the node",
        severity = Severity.ERROR,
        practices = {"P53", "P54"},
        aliases = {"KSV-0103", "KSV103", "hostProcess"},
        references = {"https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/"})
public final class WindowsHostProcess implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Sourced<Boolean> hostProcess = spec.hostProcess();
        if (Undecided.report(hostProcess, findings, "whether the container runs as a Windows host process")
                || !hostProcess.is(true)) {
            return;
        }
        findings.report(hostProcess, "the container is a Windows HostProcess container ("
                + Spelling.written(hostProcess, "hostProcess: true") + "): it runs as a process on the node, in the "
                + "host's network and filesystem, typically as SYSTEM, with no container isolation at all; keep it to "
                + "node administration tools that need it, in a namespace of their own, and run applications as "
                + "ordinary Windows containers (remove `hostProcess: true`)");
    }
}
