package dev.lashing.runtime.model;

/**
 * What part a container plays in its workload, which decides whether settings meant for long-running
 * services (probes, restart policies) apply to it.
 */
public enum ContainerRole {
    /** A long-running service: a compose service, a Deployment's container, a native sidecar. */
    SERVICE,
    /** A Kubernetes init container: runs to completion before the pod's other containers start. */
    INIT,
    /** A Kubernetes ephemeral (debug) container: added to a running pod, never restarted, no probes. */
    EPHEMERAL,
    /**
     * A container that runs to completion: a Job or CronJob container, a pod whose restartPolicy is OnFailure
     * or Never, a foreground {@code docker run --rm} without {@code -d}, a Quadlet unit of {@code Type=oneshot}.
     */
    JOB;

    /** True for the roles that run until stopped (only {@link #SERVICE}). */
    public boolean longRunning() {
        return this == SERVICE;
    }
}
