package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;
import java.util.ArrayList;
import java.util.List;

/** The container does not drop every capability (drop ALL, then add back what is needed). */
@Rule(
        id = "RT002",
        name = "container-capabilities-not-dropped",
        summary = "Container keeps the runtime's default capabilities instead of dropping ALL",
        severity = Severity.WARNING,
        practices = {"P53"},
        aliases = {"KSV-0003", "KSV003", "KSV-0004", "KSV004", "KSV-0106", "KSV106", "drop-net-raw-capability",
            "insecureCapabilities"},
        references = {"https://man7.org/linux/man-pages/man7/capabilities.7.html",
            "https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities"})
public final class CapabilitiesNotDropped implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        if (!spec.privileged().is(false)) {
            return; // privileged (RT001) or undecided: capabilities do not matter
        }
        List<String> dropped = new ArrayList<>();
        for (Sourced<String> c : spec.capDrop()) {
            if (Undecided.report(c, findings, "whether every capability is dropped")) {
                return;
            }
            String name = Capabilities.normalise(c.value());
            if (name.equals("ALL")) {
                return;
            }
            dropped.add(name);
        }
        Spelling s = Spelling.of(spec.kind());
        String defaults = spec.kind() == SourceKind.QUADLET
                ? "Podman's default capabilities (CHOWN, DAC_OVERRIDE, FOWNER, KILL, SETUID, SETGID, ...)"
                : "the runtime's default capabilities (CHOWN, DAC_OVERRIDE, FOWNER, KILL, SETUID, SETGID, MKNOD, "
                        + "NET_RAW, ...; NET_RAW allows ARP and DNS spoofing of neighbouring containers)";
        String advice = "add " + s.dropAllCapabilities() + " and add back only what the process needs (e.g. "
                + s.addCapability("NET_BIND_SERVICE") + ")";
        if (dropped.isEmpty()) {
            findings.report(spec.capDrop().isEmpty() ? Sourced.defaulted(List.of()) : spec.capDrop().get(0),
                    "the container keeps " + defaults + ", most of which an application never uses; " + advice);
        } else {
            findings.report(spec.capDrop().get(0), "the container drops only " + String.join(", ", dropped)
                    + " and keeps the rest of " + defaults + "; " + advice);
        }
    }
}
