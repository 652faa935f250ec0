package dev.lashing.dockerfile.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import dev.lashing.dockerfile.syntax.Healthcheck;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** A stage has more than one HEALTHCHECK: an earlier HEALTHCHECK of a stage that a later one replaces, so it is dead code. */
@Rule(
        id = "DF012",
        name = "overridden-healthcheck",
        summary = "A stage has more than one HEALTHCHECK; all but the last are ignored",
        severity = Severity.WARNING,
        practices = {"P26"},
        aliases = {"DL3012", "DS-0023", "DS023"},
        references = {"https://docs.docker.com/reference/dockerfile/#healthcheck"},
        fix = FixAvailability.SOMETIMES)
public final class OverriddenHealthcheck implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        Stages.reportOverridden(context, findings, Healthcheck.class, ", so this check never runs");
    }
}
