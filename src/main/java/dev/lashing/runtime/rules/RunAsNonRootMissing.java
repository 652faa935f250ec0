package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;

/** A Kubernetes container may start as root: neither runAsNonRoot: true nor a non-zero runAsUser. */
@Rule(
        id = "RT006",
        name = "container-run-as-non-root-missing",
        summary = "Kubernetes container without runAsNonRoot: true or a non-zero runAsUser may run as root",
        severity = Severity.WARNING,
        practices = {"P55", "P30"},
        aliases = {"KSV-0012", "KSV012", "run-as-non-root", "runAsRootAllowed"},
        references = {"https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"})
public final class RunAsNonRootMissing implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        if (spec.kind() != SourceKind.KUBERNETES) {
            return;
        }
        Sourced<Boolean> nonRoot = spec.runAsNonRoot();
        if (Undecided.report(nonRoot, findings, "whether the container may run as root") || nonRoot.is(true)
                || spec.runAsUser().isUnresolved() && !spec.runAsUser().text().isBlank()) {
            return;
        }
        if (spec.runAsUser().known().isPresent()) {
            return; // a non-zero runAsUser cannot be root; UID 0 is RT005's
        }
        String where = nonRoot.isExplicit() ? Spelling.written(nonRoot, "runAsNonRoot: false") + " lets"
                : "without runAsNonRoot: true, the kubelet lets";
        findings.report(nonRoot, where + " the container start as whatever user the image names, root included; "
                + "set " + Spelling.of(spec.kind()).runAsNonRoot() + " with a runAsUser of 10000 or more");
    }
}
