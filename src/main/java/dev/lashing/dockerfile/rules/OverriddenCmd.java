package dev.lashing.dockerfile.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import dev.lashing.dockerfile.syntax.Cmd;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** A stage has more than one CMD: an earlier CMD of a stage that a later one replaces, so it is dead code. */
@Rule(
        id = "DF011",
        name = "overridden-cmd",
        summary = "A stage has more than one CMD; all but the last are ignored",
        severity = Severity.WARNING,
        practices = {"P26"},
        aliases = {"DL4003", "DS-0016", "DS016"},
        references = {"https://docs.docker.com/reference/dockerfile/#cmd"},
        fix = FixAvailability.SOMETIMES)
public final class OverriddenCmd implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        Stages.reportOverridden(context, findings, Cmd.class, ", so the container never runs it");
    }
}
