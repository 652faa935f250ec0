package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Health;
import dev.lashing.runtime.model.Sourced;

/** The container's health check is switched off. */
@Rule(
        id = "RT035",
        name = "container-healthcheck-disabled",
        summary = "Container's health check switched off (--no-healthcheck, disable: true, NONE)",
        severity = Severity.WARNING,
        practices = {"P41", "P60"},
        aliases = {"CIS-DOCKER-5.27"},
        references = {"https://docs.docker.com/reference/dockerfile/#healthcheck"})
public final class HealthcheckDisabled implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Sourced<Health> health = spec.health();
        if (health.isUnresolved() || !health.value().disabled()) {
            return;
        }
        findings.report(health, "the container's health check is switched off (" + Spelling.written(health,
                Spelling.of(spec.kind()).healthcheckDisabled()) + "): the image's HEALTHCHECK no longer runs, so a "
                + "hung or broken process looks healthy to the runtime, to depends_on conditions and to whoever "
                + "watches it; remove the switch, or give the container a check that works");
    }
}
