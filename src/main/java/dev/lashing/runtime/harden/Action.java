package dev.lashing.runtime.harden;

import java.util.List;

/** One hardening step that {@link Hardening} decided for a container; each input kind writes it its own way. */
public sealed interface Action {

    /** Remove privileged mode (it was explicitly switched on). */
    record SetPrivilegedFalse() implements Action {}

    /**
     * Drop every capability; the capabilities the spec already adds stay added.
     *
     * @param keep the capabilities added back (as the spec adds them, plus NET_BIND_SERVICE where decided)
     */
    record DropAllCapabilities(List<String> keep) implements Action {
        /** Copies the list. */
        public DropAllCapabilities {
            keep = List.copyOf(keep);
        }
    }

    /** Add back one capability the workload visibly needs (NET_BIND_SERVICE for a port below 1024). */
    record AddCapability(String name) implements Action {}

    /** Forbid privilege escalation (no-new-privileges; Kubernetes allowPrivilegeEscalation: false). */
    record NoNewPrivileges() implements Action {}

    /** Make the root filesystem read-only. */
    record ReadOnlyRoot() implements Action {}

    /**
     * Mount a tmpfs (Kubernetes: an in-memory emptyDir) where the process must still write.
     *
     * @param target the path in the container
     * @param options the tmpfs options ({@code rw,noexec,nosuid,size=64m})
     */
    record TmpfsMount(String target, String options) implements Action {}

    /** Set a memory limit of {@code bytes}. */
    record MemoryLimit(long bytes) implements Action {}

    /** Set a CPU limit of {@code cpus} CPUs. */
    record CpuLimit(double cpus) implements Action {}

    /** Set a process-count limit (Docker, compose and Quadlet only; Kubernetes sets it per node). */
    record PidsLimit(long pids) implements Action {}

    /** Run as the numeric user {@code uid:gid} (Kubernetes also gets {@code runAsNonRoot: true}). */
    record NonRootUser(long uid, long gid) implements Action {}

    /**
     * Keep the (non-root) user but replace the root primary group ({@code -u 1000:0}, {@code runAsGroup: 0}).
     *
     * @param uid the user's UID, kept
     * @param gid the new primary GID
     */
    record NonRootGroup(long uid, long gid) implements Action {}

    /** Kubernetes: refuse to start the container if its process would run as root ({@code runAsNonRoot: true}). */
    record RunAsNonRoot() implements Action {}

    /** Kubernetes: the runtime's default seccomp profile ({@code seccompProfile.type: RuntimeDefault}). */
    record SeccompRuntimeDefault() implements Action {}

    /** Kubernetes: do not mount the service-account token into the pod ({@code automountServiceAccountToken: false}). */
    record NoServiceAccountToken() implements Action {}
}
