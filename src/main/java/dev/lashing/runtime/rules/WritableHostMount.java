package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Mount;
import dev.lashing.runtime.model.Sourced;

/** The container mounts an ordinary host directory writable (sensitive ones and sockets have their own rules). */
@Rule(
        id = "RT023",
        name = "container-writable-host-mount",
        summary = "Container mounts a host directory writable (bind mount or hostPath without read-only)",
        severity = Severity.INFO,
        practices = {"P57"},
        aliases = {"KSV-0023", "KSV023", "writable-host-mount", "hostPathSet"},
        references = {"https://docs.docker.com/engine/storage/bind-mounts/"})
public final class WritableHostMount implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        for (Sourced<Mount> m : spec.mounts()) {
            if (m.isUnresolved() || !m.value().isHostPath() || m.value().readOnly()
                    || HostPaths.isRuntimeSocket(m.value().source())
                    || HostPaths.sensitive(m.value().source()).isPresent()) {
                continue;
            }
            Mount mount = m.value();
            findings.report(m, "the container can write to the host's " + mount.source() + " ("
                    + Spelling.written(m, mount.source() + ":" + mount.target()) + "): files it writes land on the host "
                    + "as its UID, and an intruder can plant files that the host or other containers later trust; "
                    + "mount it read-only if the container only reads it ("
                    + Spelling.of(spec.kind()).readOnlyMount(mount.source(), mount.target())
                    + "), or use " + Spelling.of(spec.kind()).ownVolume());
        }
    }
}
