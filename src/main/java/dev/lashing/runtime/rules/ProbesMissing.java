package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerRole;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Health;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;
import java.util.ArrayList;
import java.util.List;

/** A long-running Kubernetes container has no liveness or no readiness probe. */
@Rule(
        id = "RT036",
        name = "container-probes-missing",
        summary = "Kubernetes container without a liveness or readiness probe",
        severity = Severity.INFO,
        practices = {"P41"},
        aliases = {"no-liveness-probe", "no-readiness-probe", "livenessProbeMissing", "readinessProbeMissing"},
        references = {"https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/"})
public final class ProbesMissing implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Sourced<Health> health = spec.health();
        if (spec.kind() != SourceKind.KUBERNETES || health.isUnresolved() || !longRunning(spec)) {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String probe : List.of("liveness", "readiness")) {
            if (!health.value().probes().contains(probe)) {
                missing.add(probe + "Probe");
            }
        }
        if (!missing.isEmpty()) {
            findings.report(health, "the container has no " + String.join(" and no ", missing) + ": "
                    + (missing.contains("livenessProbe") ? "a hung process is never restarted" : "")
                    + (missing.size() == 2 ? ", and " : "")
                    + (missing.contains("readinessProbe") ? "traffic reaches it before it is ready and while it is "
                            + "overloaded" : "") + "; add " + String.join(" and ", missing) + " (an httpGet or exec "
                    + "check of the application itself)");
        }
    }

    /**
     * True for containers that run until stopped: not init, ephemeral or job containers (Jobs, CronJobs and pods
     * whose restartPolicy is OnFailure or Never), whose role the spec knows.
     */
    private static boolean longRunning(ContainerSpec spec) {
        return spec.role().known().map(ContainerRole::longRunning).orElse(false);
    }
}
