package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;

/** The container has no memory limit. */
@Rule(
        id = "RT010",
        name = "container-memory-unlimited",
        summary = "Container has no memory limit",
        severity = Severity.WARNING,
        practices = {"P51"},
        aliases = {"CIS-DOCKER-5.11", "KSV-0018", "KSV018", "unset-memory-requirements", "memoryLimitsMissing"},
        references = {"CWE-770", "https://docs.docker.com/engine/containers/resource_constraints/#memory"})
public final class MemoryUnlimited implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Sourced<Long> memory = spec.memoryBytes();
        if (memory.isUnresolved() || memory.value() > 0) {
            return;
        }
        String set = memory.isExplicit() ? " (" + Spelling.written(memory, "0") + ")" : "";
        String limitRange = spec.kind() == SourceKind.KUBERNETES
                ? " (a LimitRange in the namespace may set a default that lashing cannot see)" : "";
        findings.report(memory, "the container has no memory limit" + set + limitRange + ": a leak or an attack can "
                + "take the host's memory and get other processes killed; set " + Spelling.of(spec.kind()).memoryLimit()
                + ", sized to the application");
    }
}
