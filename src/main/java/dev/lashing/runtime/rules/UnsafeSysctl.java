package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Sourced;
import java.util.Locale;
import java.util.Set;

/** The container sets a kernel parameter outside Kubernetes' safe set. */
@Rule(
        id = "RT030",
        name = "container-unsafe-sysctl",
        summary = "Container sets a sysctl outside the safe set (kernel.*, most net.*)",
        severity = Severity.WARNING,
        practices = {"P56"},
        aliases = {"KSV-0026", "KSV026", "unsafe-sysctls"},
        references = {"https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/"})
public final class UnsafeSysctl implements RuntimeRule {
    /** Kubernetes' safe sysctls: namespaced, and isolated from the host and other pods. */
    static final Set<String> SAFE = Set.of("kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range",
            "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_unprivileged_port_start",
            "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
            "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes");

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        boolean hostNetwork = spec.network().is("host");
        boolean hostIpc = spec.ipc().is("host");
        for (Sourced<String> s : spec.sysctls()) {
            if (s.isUnresolved()) {
                continue;
            }
            String name = name(s.value());
            if (SAFE.contains(name)) {
                continue;
            }
            boolean net = name.startsWith("net.");
            boolean ipc = name.startsWith("kernel.shm") || name.startsWith("kernel.msg") || name.equals("kernel.sem")
                    || name.startsWith("fs.mqueue.");
            String effect;
            Severity severity = null;
            if (net && hostNetwork || ipc && hostIpc) {
                effect = "with the host's " + (net ? "network" : "IPC") + " namespace it changes the host's own setting";
                severity = Severity.ERROR;
            } else if (net || ipc) {
                effect = "it is namespaced, but not isolated enough to be safe: it can tune the kernel's shared "
                        + "resources against other workloads on the node";
            } else {
                effect = "it is not namespaced, so setting it changes the whole host (runtimes refuse it or it needs "
                        + "host privileges)";
                severity = Severity.ERROR;
            }
            findings.report(s, "the container sets the kernel parameter " + name + " (" + Spelling.written(s, name)
                    + "), which is outside the safe set: " + effect + "; set it on the host if it is really needed, "
                    + "or drop it", severity);
        }
    }

    /** The parameter's name in dotted form, lower case. */
    static String name(String setting) {
        int eq = setting.indexOf('=');
        String n = (eq < 0 ? setting : setting.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
        return n.startsWith("/") ? n.substring(1).replace('/', '.') : n.replace('/', '.');
    }
}
