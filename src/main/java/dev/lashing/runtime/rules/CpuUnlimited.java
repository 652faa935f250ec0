package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;

/** The container has no CPU limit. */
@Rule(
        id = "RT011",
        name = "container-cpu-unlimited",
        summary = "Container has no CPU limit",
        severity = Severity.WARNING,
        practices = {"P51"},
        aliases = {"CIS-DOCKER-5.12", "KSV-0011", "KSV011", "unset-cpu-requirements", "cpuLimitsMissing"},
        references = {"CWE-770", "https://docs.docker.com/engine/containers/resource_constraints/#cpu"})
public final class CpuUnlimited implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Sourced<Double> cpus = spec.cpus();
        if (cpus.isUnresolved() || cpus.value() > 0) {
            return;
        }
        boolean kubernetes = spec.kind() == SourceKind.KUBERNETES;
        String set = cpus.isExplicit() ? " (" + Spelling.written(cpus, "0") + ")" : "";
        String note = kubernetes ? " (many clusters set only CPU requests on purpose, since limits throttle; a "
                + "LimitRange may also set a default)" : "";
        findings.report(cpus, "the container has no CPU limit" + set + note + ": a busy loop or an attack can take "
                + "every core of the host from its neighbours; set " + Spelling.of(spec.kind()).cpuLimit(),
                kubernetes ? Severity.INFO : null);
    }
}
