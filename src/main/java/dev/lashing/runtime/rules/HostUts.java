package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.SourceKind;

/** The container shares the host's UTS namespace (hostname and domain name). */
@Rule(
        id = "RT018",
        name = "container-host-uts",
        summary = "Container shares the host's UTS namespace (--uts host)",
        severity = Severity.WARNING,
        practices = {"P54"},
        aliases = {"CIS-DOCKER-5.21"},
        references = {"https://docs.docker.com/reference/cli/docker/container/run/#uts"})
public final class HostUts implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        if (spec.kind() == SourceKind.KUBERNETES) {
            return; // only hostNetwork shares it there, and RT015 reports that
        }
        HostNamespace.check(spec.uts(), findings, "UTS", Spelling.of(spec.kind()).hostUts(),
                "it sees the host's name and, with SYS_ADMIN, can change the hostname of the host itself",
                "remove it and set a hostname for the container if it needs one", null);
    }
}
