package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.PortMapping;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;

/** A non-root container listens on a port below 1024, which needs root or NET_BIND_SERVICE. */
@Rule(
        id = "RT037",
        name = "container-privileged-port-non-root",
        summary = "Non-root container listens on a port below 1024 inside the container",
        severity = Severity.INFO,
        practices = {"P42"},
        aliases = {"KSV-0117", "KSV117", "privileged-ports"},
        references = {"https://man7.org/linux/man-pages/man7/capabilities.7.html",
            "https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/"})
public final class PrivilegedPortNonRoot implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        if (!Users.isNonRoot(spec)) {
            return; // root binds any port; an unknown user is the image's business (IM007)
        }
        long unprivilegedStart = unprivilegedPortStart(spec);
        boolean capAdded = spec.capAdd().stream().anyMatch(c -> c.known()
                .map(v -> Capabilities.normalise(v).equals("NET_BIND_SERVICE")).orElse(false));
        boolean dockerLowers = (spec.kind() == SourceKind.DOCKER_RUN || spec.kind() == SourceKind.COMPOSE)
                && !spec.network().is("host");
        for (Sourced<PortMapping> p : spec.ports()) {
            if (p.isUnresolved()) {
                continue;
            }
            int port = p.value().containerPort();
            if (port <= 0 || port >= 1024 || port >= unprivilegedStart) {
                continue;
            }
            String cap = capAdded ? " Adding NET_BIND_SERVICE does not help: the runtime puts it in the bounding set, "
                    + "not in the effective set of a non-root process (and no-new-privileges ignores file "
                    + "capabilities)." : "";
            String docker = dockerLowers ? " It works under Docker only because Docker sets "
                    + "net.ipv4.ip_unprivileged_port_start=0 in the container's network namespace; it fails on "
                    + "Kubernetes and with host networking." : "";
            findings.report(p, "the container runs as a non-root user but listens on port " + port + " ("
                    + Spelling.written(p, String.valueOf(port)) + "), below 1024, which needs root or "
                    + "CAP_NET_BIND_SERVICE to bind." + cap + docker + " Listen on a port above 1023 inside and map it "
                    + "outside (e.g. 8080 inside, 80 outside)");
        }
    }

    /** The value of the safe sysctl net.ipv4.ip_unprivileged_port_start when the spec sets it, else 1024. */
    private static long unprivilegedPortStart(ContainerSpec spec) {
        for (Sourced<String> s : spec.sysctls()) {
            if (s.known().isPresent() && UnsafeSysctl.name(s.value()).equals("net.ipv4.ip_unprivileged_port_start")) {
                String v = s.value().substring(s.value().indexOf('=') + 1).strip();
                try {
                    return Long.parseLong(v);
                } catch (NumberFormatException e) {
                    return 1024;
                }
            }
        }
        return 1024;
    }
}
