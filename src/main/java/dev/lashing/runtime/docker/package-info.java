/**
 * The {@code docker run} adapter: {@code docker run/create}, {@code podman run/create} command lines (shell text
 * or an argument vector) read into one {@code ContainerSpec}, with every flag of the Docker and Podman CLIs
 * known, checked as the CLIs check it, and located at its words. {@link dev.lashing.runtime.docker.RunSpecWriter}
 * is shared with the Quadlet adapter, whose keys are {@code podman run} flags.
 */
package dev.lashing.runtime.docker;
