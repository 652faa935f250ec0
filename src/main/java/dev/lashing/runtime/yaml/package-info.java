/**
 * YAML for run-time inputs (compose files, Kubernetes manifests): SnakeYAML Engine nodes with
 * positions, composed under limits that defuse YAML bombs, and mapped to lashing {@code Location}s.
 */
package dev.lashing.runtime.yaml;
