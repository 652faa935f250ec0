package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.PortMapping;

/** The container exposes or publishes port 22, the SSH port. */
@Rule(
        id = "RT051",
        name = "container-ssh-port",
        summary = "Container exposes or publishes port 22 (SSH): containers are entered with exec, not sshd",
        severity = Severity.WARNING,
        practices = {"P15"},
        aliases = {"ssh-port"},
        references = {"https://docs.docker.com/reference/cli/docker/container/exec/",
            "https://kubernetes.io/docs/tasks/debug/debug-application/get-shell-running-container/"})
public final class SshPortOpen implements RuntimeRule {
    private static final int SSH = 22;

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Spelling s = Spelling.of(spec.kind());
        for (PortEntries.Entry e : PortEntries.of(spec, m -> m.containerPort() == SSH && m.protocol().equals("tcp"))) {
            PortMapping m = e.mappings().get(0);
            String how = !m.published() ? "exposes" : PortEntries.discarded(spec) ? "declares" : "publishes";
            String reach = m.published() && !PortEntries.discarded(spec)
                    ? (m.hostPort().isPresent() ? " on host port " + m.hostPort().getAsInt() : " on a random host port")
                    : "";
            findings.report(e.at(), "the container " + how + " port 22, the SSH port (" + Spelling.written(e.at(), "22")
                    + ")" + reach + ": an SSH server is a second way into the container, with its own keys or "
                    + "passwords to leak and its own vulnerabilities; enter containers with " + exec(spec) + " instead, and remove the port unless serving SSH is "
                    + "the application's job (a Git server, a bastion)" + (spec.publishAll().is(true) && !m.published()
                    ? "; with " + s.publishAll() + " it is published as well" : ""));
        }
    }

    private static String exec(ContainerSpec spec) {
        return switch (spec.kind()) {
            case KUBERNETES -> "`kubectl exec`";
            case COMPOSE -> "`docker compose exec`";
            case QUADLET -> "`podman exec`";
            case DOCKER_RUN -> "`docker exec` (`podman exec`)";
        };
    }
}
