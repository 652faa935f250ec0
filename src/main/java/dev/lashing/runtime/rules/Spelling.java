package dev.lashing.runtime.rules;

import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;

/**
 * Names each run-time setting as the user writes it in the input at hand: a {@code docker run} flag,
 * a compose key, a Kubernetes field or a Quadlet key, so that messages and advice speak the input's
 * language. Where the input wrote a value, {@link #written} quotes it as written instead.
 */
public final class Spelling {
    private final SourceKind kind;

    private Spelling(SourceKind kind) {
        this.kind = kind;
    }

    /** The spelling for {@code kind}. */
    public static Spelling of(SourceKind kind) {
        return new Spelling(kind);
    }

    /** The kind of input spelled for. */
    public SourceKind kind() {
        return kind;
    }

    /** The text that set {@code value}, as written, in backticks; else {@code fallback} (already spelled). */
    public static String written(Sourced<?> value, String fallback) {
        String text = value.text().strip();
        return text.isEmpty() ? fallback : "`" + text + "`";
    }

    private String pick(String dockerRun, String compose, String kubernetes, String quadlet) {
        String s = switch (kind) {
            case DOCKER_RUN -> dockerRun;
            case COMPOSE -> compose;
            case KUBERNETES -> kubernetes;
            case QUADLET -> quadlet;
        };
        return s.indexOf('`') >= 0 ? s : "`" + s + "`"; // prose marks its own code
    }

    /** Privileged mode. */
    public String privileged() {
        return pick("--privileged", "privileged: true", "securityContext.privileged: true", "PodmanArgs=--privileged");
    }

    /** Dropping every capability. */
    public String dropAllCapabilities() {
        return pick("--cap-drop=ALL", "cap_drop: [ALL]", "securityContext.capabilities.drop: [\"ALL\"]",
                "DropCapability=all");
    }

    /** Adding back one capability. */
    public String addCapability(String capability) {
        return pick("--cap-add=" + capability, "cap_add: [" + capability + "]",
                "securityContext.capabilities.add: [\"" + capability + "\"]", "AddCapability=" + capability);
    }

    /** Forbidding privilege escalation. */
    public String noNewPrivileges() {
        return pick("--security-opt no-new-privileges", "security_opt: [\"no-new-privileges:true\"]",
                "securityContext.allowPrivilegeEscalation: false", "NoNewPrivileges=true");
    }

    /** Running as a numeric user and group. */
    public String user(long uid) {
        return pick("--user " + uid + ":" + uid, "user: \"" + uid + ":" + uid + "\"",
                "securityContext.runAsUser: " + uid, "User=" + uid);
    }

    /** Running with a numeric primary group. */
    public String group(long gid) {
        return pick("--user " + gid + ":" + gid, "user: \"" + gid + ":" + gid + "\"",
                "securityContext.runAsGroup: " + gid, "Group=" + gid);
    }

    /** Adding supplementary groups. */
    public String groupAdd() {
        return pick("--group-add", "group_add:", "securityContext.supplementalGroups", "GroupAdd=");
    }

    /** Kubernetes' refusal to start a root container (other inputs have no such switch). */
    public String runAsNonRoot() {
        return pick("--user 10001", "user: \"10001\"", "securityContext.runAsNonRoot: true", "User=10001");
    }

    /** A read-only root filesystem. */
    public String readOnly() {
        return pick("--read-only", "read_only: true", "securityContext.readOnlyRootFilesystem: true", "ReadOnly=true");
    }

    /** A tmpfs mount for a path that must stay writable. */
    public String tmpfs(String path) {
        return pick("--tmpfs " + path + ":rw,noexec,nosuid", "tmpfs: [\"" + path + ":noexec,nosuid\"]",
                "an `emptyDir: {medium: Memory}` mounted at " + path, "Tmpfs=" + path + ":rw,noexec,nosuid");
    }

    /** A memory limit. */
    public String memoryLimit() {
        return pick("--memory 512m", "deploy.resources.limits.memory: 512M", "resources.limits.memory: 512Mi",
                "Memory=512m");
    }

    /** A CPU limit. */
    public String cpuLimit() {
        return pick("--cpus 1", "deploy.resources.limits.cpus: \"1\"", "resources.limits.cpu: \"1\"",
                "PodmanArgs=--cpus=1");
    }

    /** A process-count limit. */
    public String pidsLimit() {
        return pick("--pids-limit 200", "deploy.resources.limits.pids: 200", "the kubelet's `podPidsLimit`",
                "PidsLimit=200");
    }

    /** A bounded resource limit. */
    public String ulimit(String name, long soft, long hard) {
        return pick("--ulimit " + name + "=" + soft + ":" + hard,
                "ulimits: {" + name + ": {soft: " + soft + ", hard: " + hard + "}}",
                "the container runtime's default ulimits (`default-ulimits`)", "Ulimit=" + name + "=" + soft + ":" + hard);
    }

    /** A restart policy with a bound. */
    public String boundedRestart(int retries) {
        return pick("--restart on-failure:" + retries, "restart: on-failure:" + retries,
                "a Job's `backoffLimit: " + retries + "`", "`StartLimitBurst=" + retries + "` in [Unit]");
    }

    /** Publishing a port as {@code spec} ({@code 127.0.0.1:8080:80}); Kubernetes publishes through a Service. */
    public String publish(String spec) {
        return pick("-p " + spec, "ports: [\"" + spec + "\"]", "a Service in front of the containerPort",
                "PublishPort=" + spec);
    }

    /** Publishing every exposed port on random host ports. */
    public String publishAll() {
        return pick("-P", "(no such setting)", "(no such setting)", "PodmanArgs=-P");
    }

    /** Joining the host's network namespace. */
    public String hostNetwork() {
        return pick("--network host", "network_mode: host", "hostNetwork: true", "Network=host");
    }

    /** A dedicated network. */
    public String dedicatedNetwork() {
        return pick("`--network app-net` (after `docker network create app-net`)", "networks: [app-net]",
                "a `NetworkPolicy`", "Network=app.network");
    }

    /** Joining the host's PID namespace. */
    public String hostPid() {
        return pick("--pid host", "pid: host", "hostPID: true", "PodmanArgs=--pid=host");
    }

    /** Joining the host's IPC namespace. */
    public String hostIpc() {
        return pick("--ipc host", "ipc: host", "hostIPC: true", "PodmanArgs=--ipc=host");
    }

    /** Joining the host's UTS namespace. */
    public String hostUts() {
        return pick("--uts host", "uts: host", "hostNetwork: true", "PodmanArgs=--uts=host");
    }

    /** Sharing the host's user namespace. */
    public String hostUserns() {
        return pick("--userns host", "userns_mode: host", "hostUsers: true", "UserNS=host");
    }

    /** A private user namespace. */
    public String privateUserns() {
        return pick("the daemon's `userns-remap` (and no `--userns host`)", "the daemon's `userns-remap` (and no `userns_mode`)",
                "hostUsers: false", "UserNS=auto");
    }

    /** Mounting a host path read-only. */
    public String readOnlyMount(String source, String target) {
        return pick("-v " + source + ":" + target + ":ro", "volumes: [\"" + source + ":" + target + ":ro\"]",
                "volumeMounts: [{mountPath: " + target + ", readOnly: true}]", "Volume=" + source + ":" + target + ":ro");
    }

    /** Storage of the container's own instead of a host path, as prose. */
    public String ownVolume() {
        return kind == SourceKind.KUBERNETES ? "an emptyDir or a persistentVolumeClaim" : "a named volume";
    }

    /** Private mount propagation. */
    public String privatePropagation() {
        return pick("--mount type=bind,...,bind-propagation=rprivate", "bind: {propagation: rprivate}",
                "mountPropagation: None", "Mount=type=bind,...,bind-propagation=rprivate");
    }

    /** Passing a host device in. */
    public String device() {
        return pick("--device", "devices:", "a device plugin", "AddDevice=");
    }

    /** The runtime's default seccomp profile. */
    public String seccompDefault() {
        return pick("no `--security-opt seccomp=unconfined` (the default profile)",
                "no `seccomp:unconfined` in `security_opt` (the default profile)",
                "securityContext.seccompProfile.type: RuntimeDefault",
                "no `SeccompProfile=unconfined` (the default profile)");
    }

    /** The runtime's default AppArmor profile. */
    public String apparmorDefault() {
        return pick("--security-opt apparmor=docker-default", "security_opt: [\"apparmor:docker-default\"]",
                "securityContext.appArmorProfile.type: RuntimeDefault",
                "no `PodmanArgs=--security-opt apparmor=unconfined`");
    }

    /** SELinux separation kept on. */
    public String selinuxOn() {
        return pick("no `--security-opt label=disable`", "no `label:disable` in `security_opt`",
                "`securityContext.seLinuxOptions.type: container_t` (or none)", "no `SecurityLabelDisable=true`");
    }

    /** Masked /proc paths. */
    public String procMasked() {
        return pick("no `--security-opt systempaths=unconfined`", "no `systempaths=unconfined` in `security_opt`",
                "`securityContext.procMount: Default`", "no `Unmask=`");
    }

    /** Setting a namespaced kernel parameter. */
    public String sysctl() {
        return pick("--sysctl", "sysctls:", "securityContext.sysctls", "Sysctl=");
    }

    /** Passing a secret as a file or from a secret store. */
    public String secretAsFile(String name) {
        String file = name.toLowerCase(java.util.Locale.ROOT);
        return pick("a file mounted read-only (`-v ./" + file + ":/run/secrets/" + file + ":ro`) or a swarm secret",
                "`secrets: [" + file + "]` (read from /run/secrets/" + file + ")",
                "`valueFrom.secretKeyRef` or a Secret volume", "`Secret=" + file + "` (a podman secret)");
    }

    /** Switching off the health check. */
    public String healthcheckDisabled() {
        return pick("--no-healthcheck", "healthcheck: {disable: true}", "no probes", "HealthCmd=none");
    }

    /** Switching off the OOM killer. */
    public String oomKillDisable() {
        return pick("--oom-kill-disable", "oom_kill_disable: true", "(no such setting)", "PodmanArgs=--oom-kill-disable");
    }

    /** Removing a setting the input wrote: "remove `--privileged`". */
    public static String remove(Sourced<?> value, String fallback) {
        return "remove " + written(value, fallback);
    }
}
