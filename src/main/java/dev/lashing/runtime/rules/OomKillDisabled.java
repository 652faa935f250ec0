package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Sourced;

/** The kernel's OOM killer is switched off for the container. */
@Rule(
        id = "RT038",
        name = "container-oom-kill-disabled",
        summary = "OOM killer switched off for the container (--oom-kill-disable), worst without a memory limit",
        severity = Severity.WARNING,
        practices = {"P60", "P51"},
        references = {"https://docs.docker.com/engine/containers/resource_constraints/#--oom-kill-disable"})
public final class OomKillDisabled implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Sourced<Boolean> disabled = spec.oomKillDisable();
        if (disabled.isUnresolved() || !disabled.is(true)) {
            return;
        }
        String as = "(" + Spelling.written(disabled, Spelling.of(spec.kind()).oomKillDisable()) + ")";
        if (spec.memoryBytes().known().map(m -> m <= 0).orElse(false)) {
            findings.report(disabled, "the OOM killer is switched off for the container " + as + " and it has no "
                    + "memory limit: when it exhausts the host's memory the kernel must kill other processes instead, "
                    + "the host's own services included; remove the switch, or at least set a memory limit ("
                    + Spelling.of(spec.kind()).memoryLimit() + ")", Severity.ERROR);
        } else {
            findings.report(disabled, "the OOM killer is switched off for the container " + as + ": at its memory "
                    + "limit its processes hang instead of being killed and restarted; remove the switch");
        }
    }
}
