package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;

/** The container runs as root by the spec's choice, or its user is left to the image. */
@Rule(
        id = "RT005",
        name = "container-runs-as-root",
        summary = "Container runs as root (user root or UID 0), or its user is left to the image",
        severity = Severity.WARNING,
        practices = {"P55", "P30"},
        aliases = {"KSV-0105", "KSV105"},
        references = {"CWE-250", "https://docs.docker.com/engine/security/#linux-kernel-capabilities"})
public final class RunsAsRoot implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Spelling s = Spelling.of(spec.kind());
        if (Undecided.report(spec.runAsUser(), findings, "whether the container runs as root")
                && !spec.runAsUser().text().isBlank()) {
            return;
        }
        if (Undecided.report(spec.user(), findings, "whether the container runs as root")) {
            return;
        }
        if (Users.isRoot(spec)) {
            Sourced<?> at = Users.uidSource(spec);
            String refused = spec.runAsNonRoot().is(true)
                    ? " (with runAsNonRoot: true the kubelet refuses to start it)" : "";
            findings.report(at, "the container runs as root (" + Spelling.written(at, "UID 0") + ")" + refused
                    + ": a process that breaks out of it, or writes to a shared volume, does so as root; run as a "
                    + "non-root user with a high UID (" + s.user(10001) + ")");
            return;
        }
        if (spec.kind() != SourceKind.KUBERNETES && !spec.user().isExplicit() && !spec.runAsUser().isExplicit()) {
            findings.report(spec.user(), "the container runs as the image's user, which the spec does not set: "
                    + "unless the image's USER is a non-root user, it runs as root; set the user explicitly ("
                    + s.user(10001) + ")", Severity.INFO);
        }
    }
}
