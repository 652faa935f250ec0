package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Mount;
import dev.lashing.runtime.model.Sourced;

/** The container mounts a sensitive host path (/, /etc, /proc, /sys, /boot, /dev, /run, /usr, /root, /home, ...). */
@Rule(
        id = "RT022",
        name = "container-sensitive-host-path",
        summary = "Container mounts a sensitive host path (/, /etc, /proc, /sys, /dev, /run, /root, /home, ...)",
        severity = Severity.ERROR,
        practices = {"P57"},
        aliases = {"CIS-DOCKER-5.6", "KSV-0121", "KSV121", "sensitive-host-mounts"},
        references = {"CWE-668", "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath"})
public final class SensitiveHostPath implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        for (Sourced<Mount> m : spec.mounts()) {
            if (m.isUnresolved() || !m.value().isHostPath() || HostPaths.isRuntimeSocket(m.value().source())) {
                continue; // sockets are RT021's
            }
            Mount mount = m.value();
            if (mount.readOnly() && HostPaths.harmlessToRead(mount.source())) {
                continue; // /etc/localtime:ro, /etc/ssl/certs:ro
            }
            HostPaths.sensitive(mount.source()).ifPresent(why -> {
                String as = "(" + Spelling.written(m, mount.source() + ":" + mount.target()) + ")";
                if (mount.readOnly()) {
                    findings.report(m, "the container mounts the host's " + mount.source() + " read-only " + as
                            + ": it can read " + why + "; mount only the file the application needs", Severity.WARNING);
                } else {
                    findings.report(m, "the container mounts the host's " + mount.source() + " writable " + as
                            + ": it can change " + why + ", which is a way to take over the host; mount only the file "
                            + "the application needs, read-only ("
                            + Spelling.of(spec.kind()).readOnlyMount(mount.source(), mount.target()) + ")");
                }
            });
        }
    }
}
