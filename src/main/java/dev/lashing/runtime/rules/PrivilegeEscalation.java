package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;

/** The container may gain privileges through setuid binaries: no-new-privileges is not set. */
@Rule(
        id = "RT004",
        name = "container-privilege-escalation",
        summary = "Container allows privilege escalation (no-new-privileges not set, allowPrivilegeEscalation not false)",
        severity = Severity.WARNING,
        practices = {"P52"},
        aliases = {"CIS-DOCKER-5.26", "KSV-0001", "KSV001", "privilege-escalation-container",
            "privilegeEscalationAllowed"},
        references = {"CWE-269", "https://docs.kernel.org/userspace-api/no_new_privs.html"})
public final class PrivilegeEscalation implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        if (!spec.privileged().is(false)) {
            return; // privileged containers always escalate (RT001)
        }
        Sourced<Boolean> nnp = spec.noNewPrivileges();
        if (Undecided.report(nnp, findings, "whether privilege escalation is forbidden") || nnp.is(true)) {
            return;
        }
        Spelling s = Spelling.of(spec.kind());
        String why = "setuid and setgid binaries (su, sudo, passwd, ...) and file capabilities can raise the "
                + "process's privileges";
        if (nnp.isExplicit()) {
            findings.report(nnp, Spelling.written(nnp, "the setting") + " allows privilege escalation: " + why
                    + "; set " + s.noNewPrivileges());
        } else {
            String daemon = spec.kind() == SourceKind.DOCKER_RUN || spec.kind() == SourceKind.COMPOSE
                    ? " (unless the daemon sets no-new-privileges for every container)" : "";
            findings.report(nnp, "privilege escalation is not forbidden" + daemon + ": " + why + "; add "
                    + s.noNewPrivileges());
        }
    }
}
