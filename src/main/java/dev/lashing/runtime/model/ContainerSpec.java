package dev.lashing.runtime.model;

import dev.lashing.core.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One container as a run-time input starts it, whatever the input: a {@code docker run} line, a
 * compose service, a Kubernetes container (with its pod's settings folded in) or a Quadlet unit.
 * Rules are written once against this. Every setting is a {@link Sourced} value: explicit, the
 * runtime's default (located at {@link #declaredAt}), or unresolved.
 *
 * <p>Conventions: capability names are upper case without {@code CAP_} ({@code SYS_ADMIN}, {@code ALL});
 * sizes are bytes; 0 means "no limit" for memory, CPUs and PIDs (a negative PID limit is also none);
 * namespace modes are {@code ""} for the runtime's default, else {@code host}, {@code private},
 * {@code container:NAME}, ... as written; {@code network} is {@code ""} for the runtime's default
 * (Docker's default bridge, compose's project network, the pod network); seccomp and AppArmor
 * profiles are {@code ""} for the runtime default, {@code unconfined}, or a profile name.
 * Kubernetes pod-level settings that containers inherit (runAsUser, runAsNonRoot, seccomp, ...)
 * are resolved into each container, with the location of the level that set them.
 *
 * @param name a human name: the compose service, {@code Deployment/api (container app)}, {@code docker run}
 * @param kind the kind of input
 * @param declaredAt the declaration of the container (the service key, the container's list item, the
 *     command line, the unit's {@code [Container]} section): defaults point here
 * @param image the image reference as written
 * @param command the command the container runs (entrypoint and arguments) when the spec sets it; an empty
 *     list by default (the image's own)
 * @param privileged {@code --privileged}, {@code privileged: true}
 * @param capAdd capabilities added
 * @param capDrop capabilities dropped
 * @param noNewPrivileges {@code no-new-privileges}; Kubernetes {@code allowPrivilegeEscalation: false}
 * @param user the user as written ({@code 1000:1000}, {@code app}); {@code ""} by default (the image's)
 * @param runAsUser the numeric UID when known (numeric {@code user}, Kubernetes {@code runAsUser})
 * @param runAsNonRoot Kubernetes {@code runAsNonRoot}; false by default
 * @param readOnlyRootFilesystem {@code --read-only}, {@code read_only}, {@code readOnlyRootFilesystem}
 * @param mounts bind mounts, volumes and tmpfs mounts
 * @param memoryBytes the memory limit
 * @param cpus the CPU limit in CPUs
 * @param pidsLimit the process-count limit
 * @param ulimits resource limits
 * @param restart the restart policy; {@code no} by default
 * @param network the network mode or network name
 * @param pid the PID namespace mode
 * @param ipc the IPC namespace mode
 * @param uts the UTS namespace mode
 * @param userns the user namespace mode ({@code host}; Kubernetes {@code hostUsers: true} is {@code host})
 * @param devices host devices passed in
 * @param seccomp the seccomp profile
 * @param apparmor the AppArmor profile
 * @param selinuxDisabled SELinux separation switched off ({@code label=disable}, {@code label:disable})
 * @param unmaskedPaths {@code /proc} left unmasked ({@code systempaths=unconfined}, {@code procMount: Unmasked})
 * @param sysctls namespaced kernel parameters set, as {@code name=value}
 * @param env environment variables
 * @param secrets secrets passed as files or from a secret store (compose {@code secrets:}, Kubernetes secret
 *     volumes and {@code secretKeyRef}), by name
 * @param health the health check or probes
 * @param ports ports exposed or published
 * @param oomKillDisable {@code --oom-kill-disable}
 * @param automountServiceAccountToken Kubernetes; true by default, and false elsewhere (no such token)
 * @param groupAdd supplementary groups as written (names or GIDs; Kubernetes {@code supplementalGroups})
 * @param role what the container is for (a service, an init container, a job, ...); {@code SERVICE} by default
 * @param runAsGroup the numeric primary GID when known ({@code -u 1000:0}, {@code user: "1000:0"}, Quadlet
 *     {@code Group=}, Kubernetes {@code runAsGroup}); unresolved by default (the image's user decides it)
 * @param fsGroup Kubernetes {@code fsGroup}, a group the pod's volumes are given and every container joins;
 *     empty by default and outside Kubernetes
 * @param namespace the Kubernetes namespace; {@code ""} by default: the one kubectl is pointed at (and outside
 *     Kubernetes)
 * @param serviceAccountName the Kubernetes service account ({@code serviceAccountName}, or the deprecated
 *     {@code serviceAccount}); {@code default} by default in Kubernetes, {@code ""} elsewhere
 * @param hostProcess Windows {@code securityContext.windowsOptions.hostProcess}; false by default
 * @param podSecurityContext true when the pod's {@code securityContext} is written with at least one setting
 * @param containerSecurityContext true when the container's {@code securityContext} is written with at least one
 *     setting
 * @param cpuRequest the CPUs requested (Kubernetes {@code resources.requests.cpu}; a limit alone is also the
 *     request, as the API server defaults it, with the limit's location and the default origin); 0 for none
 * @param memoryRequestBytes the memory requested, as {@code cpuRequest}; 0 for none
 * @param selinuxLabel the SELinux label parts set; {@link SelinuxLabel#NONE} by default
 * @param publishAll {@code -P}/{@code --publish-all} (Quadlet {@code PodmanArgs=-P}): every port the image or
 *     {@code --expose} exposes is published on a random host port on every interface; false by default (compose
 *     and Kubernetes have no such switch). The exposed ports stay in {@code ports} as not published
 * @param cgroupns the cgroup namespace mode ({@code --cgroupns}, compose {@code cgroup}): {@code ""} for the
 *     runtime's default (private on cgroup v2), {@code host} or {@code private}; Kubernetes has no such setting
 */
public record ContainerSpec(
        String name, SourceKind kind, Location declaredAt,
        Sourced<String> image, Sourced<List<String>> command,
        Sourced<Boolean> privileged, List<Sourced<String>> capAdd, List<Sourced<String>> capDrop,
        Sourced<Boolean> noNewPrivileges,
        Sourced<String> user, Sourced<Long> runAsUser, Sourced<Boolean> runAsNonRoot,
        Sourced<Boolean> readOnlyRootFilesystem, List<Sourced<Mount>> mounts,
        Sourced<Long> memoryBytes, Sourced<Double> cpus, Sourced<Long> pidsLimit, List<Sourced<Ulimit>> ulimits,
        Sourced<RestartPolicy> restart,
        Sourced<String> network, Sourced<String> pid, Sourced<String> ipc, Sourced<String> uts, Sourced<String> userns,
        List<Sourced<String>> devices,
        Sourced<String> seccomp, Sourced<String> apparmor, Sourced<Boolean> selinuxDisabled,
        Sourced<Boolean> unmaskedPaths, List<Sourced<String>> sysctls,
        List<Sourced<EnvVar>> env, List<Sourced<String>> secrets,
        Sourced<Health> health, List<Sourced<PortMapping>> ports,
        Sourced<Boolean> oomKillDisable, Sourced<Boolean> automountServiceAccountToken,
        List<Sourced<String>> groupAdd,
        Sourced<ContainerRole> role, Sourced<Long> runAsGroup, Sourced<OptionalLong> fsGroup,
        Sourced<String> namespace, Sourced<String> serviceAccountName, Sourced<Boolean> hostProcess,
        Sourced<Boolean> podSecurityContext, Sourced<Boolean> containerSecurityContext,
        Sourced<Double> cpuRequest, Sourced<Long> memoryRequestBytes, Sourced<SelinuxLabel> selinuxLabel,
        Sourced<Boolean> publishAll, Sourced<String> cgroupns) {

    /** Copies the lists and checks that nothing is null. */
    public ContainerSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(declaredAt, "declaredAt");
        for (Object o : new Object[] {image, command, privileged, noNewPrivileges, user, runAsUser, runAsNonRoot,
            readOnlyRootFilesystem, memoryBytes, cpus, pidsLimit, restart, network, pid, ipc, uts, userns, seccomp,
            apparmor, selinuxDisabled, unmaskedPaths, health, oomKillDisable, automountServiceAccountToken,
            role, runAsGroup, fsGroup, namespace, serviceAccountName, hostProcess, podSecurityContext,
            containerSecurityContext, cpuRequest, memoryRequestBytes, selinuxLabel, publishAll,
            cgroupns}) {
            Objects.requireNonNull(o, "a setting of " + name);
        }
        capAdd = List.copyOf(capAdd);
        capDrop = List.copyOf(capDrop);
        mounts = List.copyOf(mounts);
        ulimits = List.copyOf(ulimits);
        devices = List.copyOf(devices);
        sysctls = List.copyOf(sysctls);
        env = List.copyOf(env);
        secrets = List.copyOf(secrets);
        ports = List.copyOf(ports);
        groupAdd = List.copyOf(groupAdd);
    }

    /** A builder whose every setting starts as the runtime's default, located at {@code declaredAt}. */
    public static Builder builder(String name, SourceKind kind, Location declaredAt) {
        return new Builder(name, kind, declaredAt);
    }

    /** Builds a spec; adapters set what their input says and leave the rest at the defaults. */
    public static final class Builder {
        private final String name;
        private final SourceKind kind;
        private final Location at;
        /** The image reference. */
        public Sourced<String> image;
        /** The command. */
        public Sourced<List<String>> command;
        /** Privileged mode. */
        public Sourced<Boolean> privileged;
        /** Capabilities added. */
        public final List<Sourced<String>> capAdd = new ArrayList<>();
        /** Capabilities dropped. */
        public final List<Sourced<String>> capDrop = new ArrayList<>();
        /** no-new-privileges. */
        public Sourced<Boolean> noNewPrivileges;
        /** The user as written. */
        public Sourced<String> user;
        /** The numeric UID. */
        public Sourced<Long> runAsUser;
        /** runAsNonRoot. */
        public Sourced<Boolean> runAsNonRoot;
        /** Read-only root filesystem. */
        public Sourced<Boolean> readOnlyRootFilesystem;
        /** Mounts. */
        public final List<Sourced<Mount>> mounts = new ArrayList<>();
        /** Memory limit. */
        public Sourced<Long> memoryBytes;
        /** CPU limit. */
        public Sourced<Double> cpus;
        /** PIDs limit. */
        public Sourced<Long> pidsLimit;
        /** Ulimits. */
        public final List<Sourced<Ulimit>> ulimits = new ArrayList<>();
        /** Restart policy. */
        public Sourced<RestartPolicy> restart;
        /** Network. */
        public Sourced<String> network;
        /** PID namespace. */
        public Sourced<String> pid;
        /** IPC namespace. */
        public Sourced<String> ipc;
        /** UTS namespace. */
        public Sourced<String> uts;
        /** User namespace. */
        public Sourced<String> userns;
        /** Devices. */
        public final List<Sourced<String>> devices = new ArrayList<>();
        /** Seccomp profile. */
        public Sourced<String> seccomp;
        /** AppArmor profile. */
        public Sourced<String> apparmor;
        /** SELinux disabled. */
        public Sourced<Boolean> selinuxDisabled;
        /** /proc unmasked. */
        public Sourced<Boolean> unmaskedPaths;
        /** Sysctls. */
        public final List<Sourced<String>> sysctls = new ArrayList<>();
        /** Environment. */
        public final List<Sourced<EnvVar>> env = new ArrayList<>();
        /** Secrets. */
        public final List<Sourced<String>> secrets = new ArrayList<>();
        /** Health. */
        public Sourced<Health> health;
        /** Ports. */
        public final List<Sourced<PortMapping>> ports = new ArrayList<>();
        /** OOM killer disabled. */
        public Sourced<Boolean> oomKillDisable;
        /** Service-account token automount. */
        public Sourced<Boolean> automountServiceAccountToken;
        /** Supplementary groups. */
        public final List<Sourced<String>> groupAdd = new ArrayList<>();
        /** The container's role. */
        public Sourced<ContainerRole> role;
        /** The numeric primary GID. */
        public Sourced<Long> runAsGroup;
        /** Kubernetes fsGroup. */
        public Sourced<OptionalLong> fsGroup;
        /** Kubernetes namespace. */
        public Sourced<String> namespace;
        /** Kubernetes service account. */
        public Sourced<String> serviceAccountName;
        /** Windows hostProcess. */
        public Sourced<Boolean> hostProcess;
        /** Pod securityContext written. */
        public Sourced<Boolean> podSecurityContext;
        /** Container securityContext written. */
        public Sourced<Boolean> containerSecurityContext;
        /** CPU request. */
        public Sourced<Double> cpuRequest;
        /** Memory request. */
        public Sourced<Long> memoryRequestBytes;
        /** SELinux label. */
        public Sourced<SelinuxLabel> selinuxLabel;
        /** Publish every exposed port. */
        public Sourced<Boolean> publishAll;
        /** The cgroup namespace mode. */
        public Sourced<String> cgroupns;

        private Builder(String name, SourceKind kind, Location at) {
            this.name = Objects.requireNonNull(name, "name");
            this.kind = Objects.requireNonNull(kind, "kind");
            this.at = Objects.requireNonNull(at, "declaredAt");
            image = Sourced.defaulted("", at);
            command = Sourced.defaulted(List.of(), at);
            privileged = Sourced.defaulted(false, at);
            noNewPrivileges = Sourced.defaulted(false, at);
            user = Sourced.defaulted("", at);
            runAsUser = new Sourced<>(null, Origin.UNRESOLVED, java.util.Optional.of(at), "");
            runAsNonRoot = Sourced.defaulted(false, at);
            readOnlyRootFilesystem = Sourced.defaulted(false, at);
            memoryBytes = Sourced.defaulted(0L, at);
            cpus = Sourced.defaulted(0.0, at);
            pidsLimit = Sourced.defaulted(0L, at);
            restart = Sourced.defaulted(new RestartPolicy("no", java.util.OptionalInt.empty()), at);
            network = Sourced.defaulted("", at);
            pid = Sourced.defaulted("", at);
            ipc = Sourced.defaulted("", at);
            uts = Sourced.defaulted("", at);
            userns = Sourced.defaulted("", at);
            seccomp = Sourced.defaulted("", at);
            apparmor = Sourced.defaulted("", at);
            selinuxDisabled = Sourced.defaulted(false, at);
            unmaskedPaths = Sourced.defaulted(false, at);
            health = Sourced.defaulted(Health.unset(), at);
            oomKillDisable = Sourced.defaulted(false, at);
            automountServiceAccountToken = Sourced.defaulted(kind == SourceKind.KUBERNETES, at);
            role = Sourced.defaulted(ContainerRole.SERVICE, at);
            runAsGroup = new Sourced<>(null, Origin.UNRESOLVED, java.util.Optional.of(at), "");
            fsGroup = Sourced.defaulted(OptionalLong.empty(), at);
            namespace = Sourced.defaulted("", at);
            serviceAccountName = Sourced.defaulted(kind == SourceKind.KUBERNETES ? "default" : "", at);
            hostProcess = Sourced.defaulted(false, at);
            podSecurityContext = Sourced.defaulted(false, at);
            containerSecurityContext = Sourced.defaulted(false, at);
            cpuRequest = Sourced.defaulted(0.0, at);
            memoryRequestBytes = Sourced.defaulted(0L, at);
            selinuxLabel = Sourced.defaulted(SelinuxLabel.NONE, at);
            publishAll = Sourced.defaulted(false, at);
            cgroupns = Sourced.defaulted("", at);
        }

        /** Where the container is declared. */
        public Location declaredAt() {
            return at;
        }

        /** The kind of input. */
        public SourceKind kind() {
            return kind;
        }

        /** The spec. */
        public ContainerSpec build() {
            return new ContainerSpec(name, kind, at, image, command, privileged, capAdd, capDrop, noNewPrivileges,
                    user, runAsUser, runAsNonRoot, readOnlyRootFilesystem, mounts, memoryBytes, cpus, pidsLimit,
                    ulimits, restart, network, pid, ipc, uts, userns, devices, seccomp, apparmor, selinuxDisabled,
                    unmaskedPaths, sysctls, env, secrets, health, ports, oomKillDisable, automountServiceAccountToken,
                    groupAdd, role, runAsGroup, fsGroup, namespace, serviceAccountName, hostProcess, podSecurityContext,
                    containerSecurityContext, cpuRequest, memoryRequestBytes, selinuxLabel, publishAll,
                    cgroupns);
        }
    }
}
