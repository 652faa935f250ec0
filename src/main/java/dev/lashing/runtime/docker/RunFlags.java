package dev.lashing.runtime.docker;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The flags of {@code docker run} / {@code docker create} (Docker CLI 28) and of {@code podman run} /
 * {@code podman create} (Podman 5), including hidden aliases, and the global flags that may stand
 * between {@code docker} or {@code podman} and the subcommand.
 */
final class RunFlags {
    private static final Map<String, RunFlag> DOCKER = new HashMap<>();
    private static final Map<String, RunFlag> PODMAN = new HashMap<>();
    private static final Map<String, RunFlag> DOCKER_GLOBAL = new HashMap<>();
    private static final Map<String, RunFlag> PODMAN_GLOBAL = new HashMap<>();

    private RunFlags() {
    }

    /** The run flag with long name {@code name}. */
    static Optional<RunFlag> byName(RunDialect dialect, String name) {
        return Optional.ofNullable(table(dialect).get(name));
    }

    /** The run flag with short name {@code c}. */
    static Optional<RunFlag> byShortName(RunDialect dialect, char c) {
        return Optional.ofNullable(table(dialect).get("-" + c));
    }

    /** The global flag of the tool with long name {@code name}, or short name when {@code name} is one letter. */
    static Optional<RunFlag> global(RunDialect dialect, String name) {
        Map<String, RunFlag> t = dialect == RunDialect.DOCKER ? DOCKER_GLOBAL : PODMAN_GLOBAL;
        return Optional.ofNullable(t.get(name.length() == 1 ? "-" + name : name));
    }

    private static Map<String, RunFlag> table(RunDialect dialect) {
        return dialect == RunDialect.DOCKER ? DOCKER : PODMAN;
    }

    private static void both(String name, char shortName, ValueKind kind) {
        put(DOCKER, new RunFlag(name, shortName, kind, false));
        put(PODMAN, new RunFlag(name, shortName, kind, false));
    }

    private static void both(String name, ValueKind kind) {
        both(name, '\0', kind);
    }

    /** A flag both tools have, which Podman splits at commas. */
    private static void bothPodmanList(String name, char shortName) {
        put(DOCKER, new RunFlag(name, shortName, ValueKind.STRING, false));
        put(PODMAN, new RunFlag(name, shortName, ValueKind.STRING, true));
    }

    private static void docker(String name, ValueKind kind) {
        put(DOCKER, new RunFlag(name, '\0', kind, false));
    }

    private static void podman(String name, ValueKind kind) {
        put(PODMAN, new RunFlag(name, '\0', kind, false));
    }

    private static void put(Map<String, RunFlag> table, RunFlag flag) {
        table.put(flag.name(), flag);
        if (flag.shortName() != '\0') {
            table.put("-" + flag.shortName(), flag);
        }
    }

    private static void global(Map<String, RunFlag> table, String name, char shortName, ValueKind kind) {
        put(table, new RunFlag(name, shortName, kind, false));
    }

    static {
        ValueKind b = ValueKind.BOOL;
        ValueKind s = ValueKind.STRING;
        ValueKind i = ValueKind.INT;
        ValueKind u = ValueKind.UINT;
        ValueKind bytes = ValueKind.BYTES;
        ValueKind d = ValueKind.DURATION;
        // switches
        both("detach", 'd', b);
        both("interactive", 'i', b);
        both("tty", 't', b);
        both("privileged", b);
        both("read-only", b);
        both("rm", b);
        both("init", b);
        both("no-healthcheck", b);
        both("oom-kill-disable", b);
        both("publish-all", 'P', b);
        both("quiet", 'q', b);
        both("help", b);
        both("sig-proxy", b);
        both("disable-content-trust", b);
        docker("use-api-socket", b);
        // security and identity
        bothPodmanList("cap-add", '\0');
        bothPodmanList("cap-drop", '\0');
        both("security-opt", s);
        both("user", 'u', s);
        both("userns", s);
        both("cgroupns", s);
        both("pid", s);
        both("ipc", s);
        both("uts", s);
        bothPodmanList("group-add", '\0');
        both("device", s);
        both("device-cgroup-rule", s);
        both("gpus", s);
        both("sysctl", s);
        both("runtime", s);
        // storage
        both("volume", 'v', s);
        both("mount", s);
        both("tmpfs", s);
        both("volumes-from", s);
        both("storage-opt", s);
        docker("volume-driver", s);
        // resources
        both("memory", 'm', bytes);
        both("memory-reservation", bytes);
        both("memory-swap", bytes);
        both("memory-swappiness", i);
        docker("kernel-memory", bytes);
        both("cpus", ValueKind.DECIMAL);
        both("cpu-shares", 'c', i);
        both("cpu-period", i);
        both("cpu-quota", i);
        both("cpu-rt-period", i);
        both("cpu-rt-runtime", i);
        docker("cpu-count", i);
        docker("cpu-percent", i);
        both("cpuset-cpus", s);
        both("cpuset-mems", s);
        both("pids-limit", i);
        both("ulimit", s);
        both("blkio-weight", u);
        both("blkio-weight-device", s);
        both("device-read-bps", s);
        both("device-read-iops", s);
        both("device-write-bps", s);
        both("device-write-iops", s);
        docker("io-maxbandwidth", bytes);
        docker("io-maxiops", u);
        both("oom-score-adj", i);
        both("shm-size", bytes);
        both("restart", s);
        // environment and process
        both("env", 'e', s);
        both("env-file", s);
        both("entrypoint", s);
        both("workdir", 'w', s);
        both("stop-signal", s);
        both("stop-timeout", i);
        both("attach", 'a', s);
        both("detach-keys", s);
        both("cidfile", s);
        both("platform", s);
        both("pull", s);
        docker("isolation", s);
        // health
        both("health-cmd", s);
        both("health-interval", d);
        both("health-retries", i);
        both("health-start-period", d);
        both("health-timeout", d);
        docker("health-start-interval", d);
        // network
        both("network", s);
        both("net", s);
        both("network-alias", s);
        docker("net-alias", s);
        bothPodmanList("publish", 'p');
        bothPodmanList("expose", '\0');
        both("add-host", s);
        bothPodmanList("dns", '\0');
        bothPodmanList("dns-option", '\0');
        both("dns-opt", s);
        bothPodmanList("dns-search", '\0');
        both("hostname", 'h', s);
        docker("domainname", s);
        both("ip", s);
        both("ip6", s);
        both("mac-address", s);
        both("link-local-ip", s);
        docker("link", s);
        // metadata and logging
        both("name", s);
        both("label", 'l', s);
        both("label-file", s);
        both("annotation", s);
        both("log-driver", s);
        both("log-opt", s);
        both("cgroup-parent", s);
        // Podman only
        for (String flag : new String[] {"env-host", "no-hosts", "no-hostname", "read-only-tmpfs", "replace", "rmi",
            "rootfs", "tls-verify", "unsetenv-all", "passwd", "http-proxy"}) {
            podman(flag, b);
        }
        for (String flag : new String[] {"arch", "os", "variant", "authfile", "cert-dir", "creds", "decryption-key",
            "cgroup-conf", "cgroups", "chrootdirs", "conmon-pidfile", "env-merge", "uidmap", "gidmap", "subuidname",
            "subgidname", "group-entry", "passwd-entry", "health-log-destination", "health-on-failure",
            "health-startup-cmd", "hosts-file", "hostuser", "image-volume", "init-path", "personality", "pidfile",
            "pod", "pod-id-file", "preserve-fd", "rdt-class", "requires", "retry-delay", "sdnotify", "seccomp-policy",
            "secret", "systemd", "tz", "umask", "unsetenv", "init-ctr"}) {
            podman(flag, s);
        }
        for (String flag : new String[] {"health-max-log-count", "health-max-log-size", "health-startup-retries",
            "health-startup-success", "preserve-fds", "retry", "timeout"}) {
            podman(flag, u);
        }
        podman("health-startup-interval", d);
        podman("health-startup-timeout", d);
        podman("shm-size-systemd", bytes);

        global(DOCKER_GLOBAL, "config", '\0', s);
        global(DOCKER_GLOBAL, "context", 'c', s);
        global(DOCKER_GLOBAL, "debug", 'D', b);
        global(DOCKER_GLOBAL, "host", 'H', s);
        global(DOCKER_GLOBAL, "log-level", 'l', s);
        global(DOCKER_GLOBAL, "tls", '\0', b);
        global(DOCKER_GLOBAL, "tlsverify", '\0', b);
        global(DOCKER_GLOBAL, "tlscacert", '\0', s);
        global(DOCKER_GLOBAL, "tlscert", '\0', s);
        global(DOCKER_GLOBAL, "tlskey", '\0', s);
        for (String flag : new String[] {"cdi-spec-dir", "cgroup-manager", "config", "conmon", "db-backend",
            "events-backend", "hooks-dir", "identity", "imagestore", "log-level", "module", "network-cmd-path",
            "network-config-dir", "out", "root", "runroot", "runtime", "runtime-flag", "ssh", "storage-driver",
            "storage-opt", "tmpdir", "url", "volumepath"}) {
            global(PODMAN_GLOBAL, flag, '\0', s);
        }
        global(PODMAN_GLOBAL, "connection", 'c', s);
        global(PODMAN_GLOBAL, "remote", 'r', b);
        for (String flag : new String[] {"noout", "syslog", "transient-store", "debug"}) {
            global(PODMAN_GLOBAL, flag, '\0', b);
        }
    }
}
