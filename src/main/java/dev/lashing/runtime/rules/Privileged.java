package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Sourced;

/** The container runs privileged. */
@Rule(
        id = "RT001",
        name = "container-privileged",
        summary = "Container runs privileged: every capability and device, no seccomp, AppArmor or SELinux",
        severity = Severity.ERROR,
        practices = {"P53"},
        aliases = {"CIS-DOCKER-5.5", "KSV-0017", "KSV017", "privileged-container", "runAsPrivileged"},
        references = {"CWE-250", "https://docs.docker.com/reference/cli/docker/container/run/#privileged"})
public final class Privileged implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Sourced<Boolean> p = spec.privileged();
        if (Undecided.report(p, findings, "whether the container runs privileged")) {
            return;
        }
        if (p.is(true)) {
            Spelling s = Spelling.of(spec.kind());
            findings.report(p, "the container runs privileged (" + Spelling.written(p, s.privileged()) + "): it gets "
                    + "every capability and every host device, without seccomp, AppArmor or SELinux confinement, so "
                    + "root in it is root on the host; remove it and add only the capabilities the process needs ("
                    + s.dropAllCapabilities() + ", then e.g. " + s.addCapability("NET_BIND_SERVICE") + ")");
        }
    }
}
