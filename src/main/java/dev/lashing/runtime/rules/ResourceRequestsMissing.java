package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerRole;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;
import java.util.ArrayList;
import java.util.List;

/** A Kubernetes container requests no CPU or no memory (neither a request nor a limit that defaults one). */
@Rule(
        id = "RT047",
        name = "container-resource-requests-missing",
        summary = "Kubernetes container without CPU or memory requests",
        severity = Severity.WARNING,
        practices = {"P51"},
        aliases = {"KSV-0015", "KSV015", "KSV-0016", "KSV016", "unset-cpu-requirements", "unset-memory-requirements",
            "cpuRequestsMissing", "memoryRequestsMissing"},
        references = {"https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"})
public final class ResourceRequestsMissing implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        if (spec.kind() != SourceKind.KUBERNETES || spec.role().is(ContainerRole.EPHEMERAL)) {
            return; // ephemeral containers may not set resources
        }
        Sourced<Double> cpu = spec.cpuRequest();
        Sourced<Long> memory = spec.memoryRequestBytes();
        List<String> missing = new ArrayList<>();
        boolean noMemory = !memory.isUnresolved() && memory.value() == 0;
        if (!cpu.isUnresolved() && cpu.value() == 0) {
            missing.add("cpu");
        }
        if (noMemory) {
            missing.add("memory");
        }
        if (missing.isEmpty()) {
            return;
        }
        Sourced<?> at = noMemory ? memory : cpu;
        String what = String.join(" and no ", missing);
        findings.report(at, "the container requests no " + what + (at.isExplicit() ? " (" + Spelling.written(at, "0")
                + ")" : "") + ": the scheduler places it as if it needed none, so nodes get packed until they run "
                + "short" + (noMemory ? ", and under memory pressure the kubelet evicts it first" : "") + "; set "
                + "`resources.requests` (" + String.join(", ", missing.stream().map(m -> m.equals("cpu")
                        ? "cpu: 100m" : "memory: 128Mi").toList()) + ", measured from the application), or a limit, "
                + "which is also the request when none is written (a namespace LimitRange may default them too)",
                noMemory ? null : Severity.INFO);
    }
}
