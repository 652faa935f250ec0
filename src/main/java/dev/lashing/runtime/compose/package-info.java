/**
 * The docker-compose adapter: compose files read per the Compose Specification (interpolation,
 * YAML merge keys, {@code extends}, profiles, several files merged) into one
 * {@link dev.lashing.runtime.model.ContainerSpec} per service. Entry point: {@link
 * dev.lashing.runtime.compose.ComposeLoader}.
 */
package dev.lashing.runtime.compose;
