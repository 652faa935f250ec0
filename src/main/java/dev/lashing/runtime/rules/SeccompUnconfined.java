package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;
import java.util.Locale;

/** The container runs without a seccomp filter. */
@Rule(
        id = "RT026",
        name = "container-seccomp-unconfined",
        summary = "Container runs seccomp unconfined (or, on Kubernetes, without a seccompProfile)",
        severity = Severity.WARNING,
        practices = {"P56"},
        aliases = {"CIS-DOCKER-5.22", "KSV-0104", "KSV104", "KSV-0030", "KSV030"},
        references = {"https://docs.docker.com/engine/security/seccomp/",
            "https://kubernetes.io/docs/tutorials/security/seccomp/"})
public final class SeccompUnconfined implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Sourced<String> seccomp = spec.seccomp();
        if (!spec.privileged().is(false)
                || Undecided.report(seccomp, findings, "whether the container has a seccomp filter")) {
            return; // privileged containers have none anyway (RT001)
        }
        String profile = seccomp.value().strip().toLowerCase(Locale.ROOT);
        Spelling s = Spelling.of(spec.kind());
        if (profile.equals("unconfined")) {
            findings.report(seccomp, "the container runs without a seccomp filter (" + Spelling.written(seccomp,
                    "unconfined") + "): every system call of the kernel is open to it, including those behind most "
                    + "container escapes; keep the runtime's default profile (" + s.seccompDefault()
                    + ") or write a custom one");
        } else if (profile.isEmpty() && !seccomp.isExplicit() && spec.kind() == SourceKind.KUBERNETES) {
            findings.report(seccomp, "no seccompProfile is set, so the container runs Unconfined unless the kubelet "
                    + "enables --seccomp-default; set " + s.seccompDefault(), Severity.INFO);
        }
    }
}
