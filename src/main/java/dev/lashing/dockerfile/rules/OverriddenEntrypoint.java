package dev.lashing.dockerfile.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import dev.lashing.dockerfile.syntax.Entrypoint;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** A stage has more than one ENTRYPOINT: an earlier ENTRYPOINT of a stage that a later one replaces, so it is dead code. */
@Rule(
        id = "DF010",
        name = "overridden-entrypoint",
        summary = "A stage has more than one ENTRYPOINT; all but the last are ignored",
        severity = Severity.WARNING,
        practices = {"P26"},
        aliases = {"DL4004", "DS-0007", "DS007"},
        references = {"https://docs.docker.com/reference/dockerfile/#entrypoint"},
        fix = FixAvailability.SOMETIMES)
public final class OverriddenEntrypoint implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        Stages.reportOverridden(context, findings, Entrypoint.class, ", so the image never runs it");
    }
}
