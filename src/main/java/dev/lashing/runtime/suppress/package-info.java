/**
 * Inline suppressions in run-time inputs: {@code # lashing ignore=...} comments in compose files,
 * Kubernetes manifests, Quadlet units and env files, and the suppression annotations of Kubernetes
 * workloads (lashing's, kube-linter's and Polaris'). Finds the directives and what each covers; the
 * engine matches them against findings.
 */
package dev.lashing.runtime.suppress;
