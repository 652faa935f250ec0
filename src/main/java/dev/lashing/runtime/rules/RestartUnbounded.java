package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.RestartPolicy;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;

/** The container restarts on failure without a bound, or with more retries than {@code max-restart-retries}. */
@Rule(
        id = "RT014",
        name = "container-restart-unbounded",
        summary = "Restart policy on-failure without a retry bound (or above max-restart-retries, 5)",
        severity = Severity.WARNING,
        practices = {"P51"},
        aliases = {"CIS-DOCKER-5.15"},
        references = {"https://docs.docker.com/engine/containers/start-containers-automatically/"})
public final class RestartUnbounded implements RuntimeRule {
    /** Setting: the most retries accepted without a note. */
    static final String MAX_RETRIES = "max-restart-retries";
    /** The CIS Docker Benchmark's bound. */
    static final int DEFAULT_MAX_RETRIES = 5;

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Sourced<RestartPolicy> restart = spec.restart();
        if (spec.kind() == SourceKind.KUBERNETES || spec.kind() == SourceKind.QUADLET || restart.isUnresolved()
                || !restart.value().name().equals("on-failure")) {
            return; // Kubernetes backs off and Jobs have backoffLimit; systemd has StartLimitBurst
        }
        int max = maxRetries(findings);
        Spelling s = Spelling.of(spec.kind());
        if (restart.value().maxRetries().isEmpty()) {
            findings.report(restart, "the container restarts on failure without a bound ("
                    + Spelling.written(restart, "on-failure") + "): a container that crashes at start, or that an "
                    + "attacker crashes on purpose, is restarted forever, hiding the failure and burning resources; "
                    + "set a bound (" + s.boundedRestart(max) + ")");
        } else if (restart.value().maxRetries().getAsInt() > max) {
            findings.report(restart, "the container may be restarted " + restart.value().maxRetries().getAsInt()
                    + " times (" + Spelling.written(restart, "on-failure") + "), more than " + max + "; a crash loop "
                    + "goes on long before anyone notices; consider " + s.boundedRestart(max), Severity.INFO);
        }
    }

    private static int maxRetries(RuntimeFindingSink findings) {
        try {
            return Integer.parseInt(findings.settings().string(MAX_RETRIES, Integer.toString(DEFAULT_MAX_RETRIES))
                    .strip());
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_RETRIES;
        }
    }
}
