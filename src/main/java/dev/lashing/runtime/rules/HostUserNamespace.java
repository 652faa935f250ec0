package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.SourceKind;

/** The container opts out of user-namespace remapping (--userns host, hostUsers: true). */
@Rule(
        id = "RT019",
        name = "container-host-userns",
        summary = "Container runs in the host's user namespace (--userns host; Kubernetes hostUsers: true)",
        severity = Severity.WARNING,
        practices = {"P59"},
        aliases = {"CIS-DOCKER-5.31"},
        references = {"https://docs.docker.com/engine/security/userns-remap/",
            "https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/"})
public final class HostUserNamespace implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Spelling s = Spelling.of(spec.kind());
        boolean kubernetes = spec.kind() == SourceKind.KUBERNETES;
        String consequence = kubernetes
                ? "root in the container is root on the node (it is Kubernetes' default, but writing it says so)"
                : "it opts out of the daemon's user-namespace remapping, so root in the container is root on the host";
        HostNamespace.check(spec.userns(), findings, "user", s.hostUserns(), consequence,
                "use " + s.privateUserns() + (kubernetes ? " where the nodes support user namespaces" : ""),
                kubernetes ? Severity.INFO : null);
    }
}
