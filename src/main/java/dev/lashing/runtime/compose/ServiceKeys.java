package dev.lashing.runtime.compose;

import java.util.Map;
import java.util.Set;

/** The keys the Compose Specification defines for a service, and hints for common misspellings. */
final class ServiceKeys {
    /** Every service key of the Compose Specification. */
    static final Set<String> KNOWN = Set.of("annotations", "attach", "blkio_config", "build", "cap_add", "cap_drop",
            "cgroup", "cgroup_parent", "command", "configs", "container_name", "cpu_count", "cpu_percent", "cpu_period",
            "cpu_quota", "cpu_rt_period", "cpu_rt_runtime", "cpu_shares", "cpus", "cpuset", "credential_spec",
            "depends_on", "deploy", "develop", "device_cgroup_rules", "devices", "dns", "dns_opt", "dns_search",
            "domainname", "entrypoint", "env_file", "environment", "expose", "extends", "external_links",
            "extra_hosts", "gpus", "group_add", "healthcheck", "hostname", "image", "init", "ipc", "isolation",
            "label_file", "labels", "links", "logging", "mac_address", "mem_limit", "mem_reservation", "mem_swappiness",
            "memswap_limit", "models", "network_mode", "networks", "oom_kill_disable", "oom_score_adj", "pid",
            "pids_limit", "platform", "ports", "post_start", "pre_stop", "privileged", "profiles", "provider",
            "pull_policy", "pull_refresh_after", "read_only", "restart", "runtime", "scale", "secrets", "security_opt",
            "shm_size", "stdin_open", "stop_grace_period", "stop_signal", "storage_opt", "sysctls", "tmpfs", "tty",
            "ulimits", "use_api_socket", "user", "userns_mode", "uts", "volumes", "volumes_from", "working_dir");

    /** Keys people write for a key of another name. */
    static final Map<String, String> HINTS = Map.of("cgroupns_mode", "cgroup", "cgroupns", "cgroup",
            "userns", "userns_mode", "network", "networks", "memory", "mem_limit", "env", "environment",
            "capabilities", "cap_add", "securityopt", "security_opt", "readonly", "read_only", "read-only", "read_only");

    /** The top-level keys of a compose file. */
    static final Set<String> TOP_LEVEL = Set.of("version", "name", "include", "services", "networks", "volumes",
            "secrets", "configs", "models");

    private ServiceKeys() {}

    /** The message for an unknown service key. */
    static String unknown(String key, String service) {
        String hint = HINTS.get(key);
        return "unknown key \"" + key + "\" in service \"" + service + "\" (not in the Compose Specification"
                + (hint == null ? ")" : "; did you mean \"" + hint + "\"?)");
    }
}
