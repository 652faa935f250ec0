package dev.lashing.runtime.quadlet;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of a Quadlet {@code [Container]} section (podman-systemd.unit(5), Podman 5) and the {@code podman run}
 * flag each becomes, as Quadlet itself translates them.
 */
final class QuadletKeys {

    /** How a key's value is read. */
    enum Mode {
        /** The whole value is one flag value; repeated keys give repeated flags. */
        ONE,
        /** Each word of the value (systemd quoting) is one flag value. */
        WORDS,
        /** A systemd boolean, passed as {@code --flag=true|false}. */
        BOOL,
        /** Read by the parser itself (image, command, user, environment, pass-through arguments, ...). */
        SPECIAL,
        /** Known to Quadlet, with no bearing on the container's run-time settings. */
        ACCEPTED
    }

    /**
     * How one key is read.
     *
     * @param mode how its value is read
     * @param flag the {@code podman run} flag it becomes (long name), or empty
     * @param prefix text put before each value ({@code seccomp=} for {@code SeccompProfile=})
     */
    record Key(Mode mode, String flag, String prefix) {
    }

    private static final Map<String, Key> CONTAINER = new HashMap<>();

    private QuadletKeys() {
    }

    /** The {@code [Container]} key named {@code name} (case-sensitive, as systemd reads keys). */
    static Optional<Key> container(String name) {
        return Optional.ofNullable(CONTAINER.get(name));
    }

    private static void key(String name, Mode mode, String flag) {
        CONTAINER.put(name, new Key(mode, flag, ""));
    }

    private static void securityOpt(String name, Mode mode, String prefix) {
        CONTAINER.put(name, new Key(mode, "security-opt", prefix));
    }

    static {
        Mode one = Mode.ONE;
        Mode words = Mode.WORDS;
        Mode bool = Mode.BOOL;
        key("AddCapability", words, "cap-add");
        key("DropCapability", words, "cap-drop");
        key("AddHost", one, "add-host");
        key("Annotation", words, "annotation");
        key("CgroupsMode", one, "cgroups");
        key("ContainerName", one, "name");
        key("DNS", one, "dns");
        key("DNSOption", one, "dns-option");
        key("DNSSearch", one, "dns-search");
        key("Entrypoint", one, "entrypoint");
        key("EnvironmentFile", words, "env-file");
        key("EnvironmentHost", bool, "env-host");
        key("ExposeHostPort", one, "expose");
        key("GIDMap", words, "gidmap");
        key("UIDMap", words, "uidmap");
        key("SubGIDMap", one, "subgidname");
        key("SubUIDMap", one, "subuidname");
        key("GroupAdd", one, "group-add");
        key("HealthCmd", one, "health-cmd");
        key("HealthInterval", one, "health-interval");
        key("HealthLogDestination", one, "health-log-destination");
        key("HealthMaxLogCount", one, "health-max-log-count");
        key("HealthMaxLogSize", one, "health-max-log-size");
        key("HealthOnFailure", one, "health-on-failure");
        key("HealthRetries", one, "health-retries");
        key("HealthStartPeriod", one, "health-start-period");
        key("HealthStartupCmd", one, "health-startup-cmd");
        key("HealthStartupInterval", one, "health-startup-interval");
        key("HealthStartupRetries", one, "health-startup-retries");
        key("HealthStartupSuccess", one, "health-startup-success");
        key("HealthStartupTimeout", one, "health-startup-timeout");
        key("HealthTimeout", one, "health-timeout");
        key("HostName", one, "hostname");
        key("HttpProxy", bool, "http-proxy");
        key("IP", one, "ip");
        key("IP6", one, "ip6");
        key("Label", words, "label");
        key("LogDriver", one, "log-driver");
        key("LogOpt", words, "log-opt");
        key("Memory", one, "memory");
        key("Mount", words, "mount");
        key("Network", one, "network");
        key("NetworkAlias", one, "network-alias");
        key("PidsLimit", one, "pids-limit");
        key("PublishPort", one, "publish");
        key("Pull", one, "pull");
        key("ReadOnly", bool, "read-only");
        key("ReadOnlyTmpfs", bool, "read-only-tmpfs");
        key("Retry", one, "retry");
        key("RetryDelay", one, "retry-delay");
        key("RunInit", bool, "init");
        key("Secret", words, "secret");
        key("ShmSize", one, "shm-size");
        key("StopSignal", one, "stop-signal");
        key("StopTimeout", one, "stop-timeout");
        key("Sysctl", words, "sysctl");
        key("Timezone", one, "tz");
        key("Tmpfs", one, "tmpfs");
        key("Ulimit", one, "ulimit");
        key("UserNS", one, "userns");
        key("Volume", one, "volume");
        key("WorkingDir", one, "workdir");
        securityOpt("Mask", words, "mask=");
        securityOpt("Unmask", words, "unmask=");
        securityOpt("SeccompProfile", one, "seccomp=");
        securityOpt("SecurityLabelFileType", one, "label=filetype:");
        securityOpt("SecurityLabelLevel", one, "label=level:");
        securityOpt("SecurityLabelType", one, "label=type:");
        for (String special : new String[] {"Image", "Rootfs", "Exec", "User", "Group", "Environment", "PodmanArgs",
            "GlobalArgs", "NoNewPrivileges", "SecurityLabelDisable", "SecurityLabelNested", "VolatileTmp", "Pod",
            "AddDevice", "Notify", "RemapUsers", "StartWithPod"}) {
            key(special, Mode.SPECIAL, "");
        }
        for (String accepted : new String[] {"AutoUpdate", "ContainersConfModule", "ReloadCmd", "ReloadSignal",
            "RemapGid", "RemapUid", "RemapUidSize", "ServiceName"}) {
            key(accepted, Mode.ACCEPTED, "");
        }
    }
}
