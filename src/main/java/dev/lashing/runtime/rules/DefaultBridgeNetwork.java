package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;
import java.util.Locale;

/** A {@code docker run} container is on Docker's default bridge network instead of a dedicated one. */
@Rule(
        id = "RT020",
        name = "container-default-bridge",
        summary = "docker run container on the default bridge network (docker0) instead of a dedicated network",
        severity = Severity.INFO,
        practices = {"P54"},
        aliases = {"CIS-DOCKER-5.30"},
        references = {"https://docs.docker.com/engine/network/drivers/bridge/#differences-between-user-defined-bridges-and-the-default-bridge"})
public final class DefaultBridgeNetwork implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Sourced<String> network = spec.network();
        if (spec.kind() != SourceKind.DOCKER_RUN || network.isUnresolved()) {
            return; // compose always creates a project network; Kubernetes has the pod network
        }
        String mode = network.value().strip().toLowerCase(Locale.ROOT);
        if (!mode.isEmpty() && !mode.equals("bridge") && !mode.equals("default")) {
            return;
        }
        String where = network.isExplicit() ? "(" + Spelling.written(network, "--network bridge") + ") " : "";
        findings.report(network, "the container is on Docker's default bridge network " + where + "(docker0): every "
                + "container on it can reach every other (unless the daemon sets icc=false), with no name resolution "
                + "between them; put it on a dedicated network (" + Spelling.of(spec.kind()).dedicatedNetwork() + ")");
    }
}
