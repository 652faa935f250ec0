/**
 * The Podman Quadlet adapter: {@code .container} systemd units read with positions, their {@code [Container]}
 * keys translated into {@code podman run} flags as Quadlet does, into one {@code ContainerSpec}.
 */
package dev.lashing.runtime.quadlet;
