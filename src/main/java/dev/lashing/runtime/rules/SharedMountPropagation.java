package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Mount;
import dev.lashing.runtime.model.Sourced;
import java.util.Locale;

/** A mount's propagation is shared: mounts made in the container appear on the host. */
@Rule(
        id = "RT024",
        name = "container-shared-mount-propagation",
        summary = "Mount propagation shared/rshared (Kubernetes Bidirectional) lets the container's mounts reach the host",
        severity = Severity.WARNING,
        practices = {"P57"},
        aliases = {"CIS-DOCKER-5.20"},
        references = {"https://docs.docker.com/engine/storage/bind-mounts/#configure-bind-propagation",
            "https://kubernetes.io/docs/concepts/storage/volumes/#mount-propagation"})
public final class SharedMountPropagation implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        for (Sourced<Mount> m : spec.mounts()) {
            if (m.isUnresolved()) {
                continue;
            }
            String p = m.value().propagation().strip().toLowerCase(Locale.ROOT);
            if (p.equals("shared") || p.equals("rshared")) {
                findings.report(m, "the mount of " + m.value().target() + " has " + p + " propagation ("
                        + Spelling.written(m, p) + "): mounts made inside the container appear on the host, so a "
                        + "container that can mount can cover host paths; use private propagation ("
                        + Spelling.of(spec.kind()).privatePropagation() + ")");
            }
        }
    }
}
