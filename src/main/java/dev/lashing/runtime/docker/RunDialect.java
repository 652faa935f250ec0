package dev.lashing.runtime.docker;

/** Whose {@code run} flags a command line uses: Docker's or Podman's (a superset with differences). */
public enum RunDialect {
    /** {@code docker run}, {@code docker create}, and bare argument lists. */
    DOCKER,
    /** {@code podman run}, {@code podman create}, Quadlet units. */
    PODMAN
}
