package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Sourced;

/** The container adds a capability that opens a way out of it or weakens its isolation. */
@Rule(
        id = "RT003",
        name = "container-dangerous-capability",
        summary = "Container adds a dangerous capability (SYS_ADMIN, SYS_PTRACE, SYS_MODULE, NET_ADMIN, ALL, ...)",
        severity = Severity.ERROR,
        practices = {"P53"},
        aliases = {"CIS-DOCKER-5.4", "KSV-0005", "KSV005", "KSV-0022", "KSV022", "KSV-0119", "KSV119", "KSV-0120",
            "KSV120", "dangerousCapabilities"},
        references = {"CWE-250", "https://man7.org/linux/man-pages/man7/capabilities.7.html"})
public final class DangerousCapability implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        for (Sourced<String> c : spec.capAdd()) {
            if (Undecided.report(c, findings, "whether the capability added is a dangerous one")) {
                continue;
            }
            String name = Capabilities.normalise(c.value());
            Capabilities.danger(name).ifPresent(d -> findings.report(c, "the container adds " + name + " ("
                    + Spelling.written(c, Spelling.of(spec.kind()).addCapability(name)) + "), which allows " + d.allows()
                    + "; remove it, or find the narrower capability or mechanism the process really needs",
                    d.severity()));
        }
    }
}
