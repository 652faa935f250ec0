package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Mount;
import dev.lashing.runtime.model.Origin;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A tmpfs mount allows executing files or setuid binaries (not noexec,nosuid). */
@Rule(
        id = "RT009",
        name = "container-tmpfs-exec-allowed",
        summary = "tmpfs mount without noexec,nosuid lets an intruder run what it writes there",
        severity = Severity.WARNING,
        practices = {"P50"},
        references = {"https://docs.docker.com/engine/storage/tmpfs/", "https://man7.org/linux/man-pages/man8/mount.8.html"})
public final class TmpfsExecAllowed implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        if (spec.kind() == SourceKind.KUBERNETES) {
            return; // an emptyDir has no mount options to set
        }
        boolean docker = spec.kind() == SourceKind.DOCKER_RUN || spec.kind() == SourceKind.COMPOSE;
        for (Sourced<Mount> m : spec.mounts()) {
            if (m.isUnresolved() || !m.value().type().equals("tmpfs") || m.origin() == Origin.DEFAULT) {
                // DEFAULT: the tmpfs mounts Podman adds for a read-only root (ReadOnlyTmpfs), which the
                // user did not write and which come with the very hardening this rule's advice is about
                continue;
            }
            List<String> options = m.value().options().stream().map(o -> o.strip().toLowerCase(Locale.ROOT)).toList();
            List<String> missing = new ArrayList<>();
            boolean reEnabled = options.contains("exec") || options.contains("suid");
            // Docker mounts tmpfs noexec,nosuid,nodev unless told otherwise; Podman nosuid,nodev only
            if (!options.contains("noexec") && (options.contains("exec") || !docker)) {
                missing.add("noexec");
            }
            if (!options.contains("nosuid") && options.contains("suid")) {
                missing.add("nosuid");
            }
            if (missing.isEmpty()) {
                continue;
            }
            String target = m.value().target();
            String defaults = reEnabled ? "" : " (Podman does not add noexec by default)";
            findings.report(m, "the tmpfs at " + target + " (" + Spelling.written(m, target) + ") is not "
                    + String.join(",", missing) + defaults + ": an intruder who can write there can "
                    + (missing.contains("noexec") ? "drop a binary and run it" : "use a setuid binary placed there")
                    + "; mount it noexec,nosuid (" + Spelling.of(spec.kind()).tmpfs(target) + ")",
                    reEnabled ? null : Severity.INFO);
        }
    }
}
