package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.rules.TlsSwitches;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.EnvVar;
import dev.lashing.runtime.model.Sourced;

/** The container's environment switches off TLS certificate verification. */
@Rule(
        id = "RT040",
        name = "container-env-tls-disabled",
        summary = "Container environment switches off TLS certificate verification (NODE_TLS_REJECT_UNAUTHORIZED=0, ...)",
        severity = Severity.WARNING,
        practices = {"P12"},
        references = {"CWE-295"})
public final class EnvTlsDisabled implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        for (Sourced<EnvVar> e : spec.env()) {
            if (e.isUnresolved() || e.value().value().isEmpty()) {
                continue;
            }
            EnvVar var = e.value();
            TlsSwitches.effect(var.name(), var.value().get()).ifPresent(what -> findings.report(e, var.name() + " ("
                    + Spelling.written(e, var.name() + "=" + var.value().get()) + ") switches off " + what + " in the "
                    + "container: anyone on the network path can impersonate the servers it talks to; remove it and "
                    + "add the needed CA certificate to the trust store instead"));
        }
    }
}
