package dev.lashing.runtime.model;

/** The kind of input a container spec was read from; rules word their messages for it. */
public enum SourceKind {
    /** A {@code docker run}, {@code docker create} or {@code podman run} command line. */
    DOCKER_RUN,
    /** A service of a docker-compose file (after merging, extends and interpolation). */
    COMPOSE,
    /** A container of a Kubernetes workload (Pod, Deployment, CronJob, ...), init and ephemeral ones included. */
    KUBERNETES,
    /** A Podman Quadlet {@code .container} unit. */
    QUADLET
}
