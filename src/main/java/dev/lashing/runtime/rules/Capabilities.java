package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Linux capabilities as run-time inputs name them, and what the dangerous ones allow. */
final class Capabilities {
    /**
     * What a capability lets a container do, and how bad that is: ERROR when it alone opens a way out of
     * the container or into the kernel, WARNING when it weakens isolation from the host or its neighbours.
     */
    record Danger(String allows, Severity severity) {}

    private static final Map<String, Danger> DANGEROUS = Map.ofEntries(
            Map.entry("ALL", new Danger("every capability: almost as much as privileged mode", Severity.ERROR)),
            Map.entry("SYS_ADMIN", new Danger("mounting filesystems, namespaces and many administrative operations; "
                    + "the usual way out of a container (e.g. through a cgroup release_agent)", Severity.ERROR)),
            Map.entry("SYS_MODULE", new Danger("loading kernel modules, that is running code in the host's kernel",
                    Severity.ERROR)),
            Map.entry("SYS_PTRACE", new Danger("tracing other processes and injecting code into them (the host's too "
                    + "when the PID namespace is shared)", Severity.ERROR)),
            Map.entry("SYS_RAWIO", new Danger("raw I/O ports and /dev/mem", Severity.ERROR)),
            Map.entry("DAC_READ_SEARCH", new Danger("opening any host file by handle (open_by_handle_at, the "
                    + "\"shocker\" escape)", Severity.ERROR)),
            Map.entry("BPF", new Danger("loading eBPF programs into the kernel", Severity.ERROR)),
            Map.entry("MAC_ADMIN", new Danger("changing the AppArmor or SELinux policy", Severity.ERROR)),
            Map.entry("MAC_OVERRIDE", new Danger("bypassing AppArmor and SELinux", Severity.ERROR)),
            Map.entry("SYS_BOOT", new Danger("rebooting the host or loading a new kernel (kexec)", Severity.ERROR)),
            Map.entry("NET_ADMIN", new Danger("reconfiguring interfaces, routes and firewall rules (the host's, with "
                    + "host networking)", Severity.WARNING)),
            Map.entry("NET_RAW", new Danger("raw sockets: ARP and DNS spoofing of neighbouring containers",
                    Severity.WARNING)),
            Map.entry("SYS_TIME", new Danger("setting the host's clock, which is not namespaced", Severity.WARNING)),
            Map.entry("SYSLOG", new Danger("reading and clearing the kernel log, which leaks kernel addresses",
                    Severity.WARNING)),
            Map.entry("PERFMON", new Danger("performance monitoring that leaks kernel information", Severity.WARNING)),
            Map.entry("SYS_RESOURCE", new Danger("overriding resource limits and disk quotas", Severity.WARNING)),
            Map.entry("LINUX_IMMUTABLE", new Danger("changing immutable and append-only file flags", Severity.WARNING)),
            Map.entry("AUDIT_CONTROL", new Danger("changing the host's audit rules", Severity.WARNING)),
            Map.entry("MKNOD", new Danger("creating device nodes", Severity.WARNING)));

    private Capabilities() {}

    /** The capability in the model's spelling: upper case, without {@code CAP_}. */
    static String normalise(String capability) {
        String c = capability.strip().toUpperCase(Locale.ROOT);
        return c.startsWith("CAP_") ? c.substring(4) : c;
    }

    /** What {@code capability} allows, if it is a dangerous one. */
    static Optional<Danger> danger(String capability) {
        return Optional.ofNullable(DANGEROUS.get(normalise(capability)));
    }
}
