package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.syntax.Token;
import dev.lashing.dockerfile.syntax.Volume;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Optional;

/** VOLUME on /proc, /sys or /dev (or below), paths the container runtime mounts itself. */
@Rule(
        id = "DF026",
        name = "volume-on-system-directory",
        summary = "VOLUME declares /proc, /sys or /dev",
        severity = Severity.ERROR,
        practices = {"P57"},
        aliases = {"DKL-DI-0002"},
        references = {"https://docs.docker.com/reference/dockerfile/#volume"})
public final class VolumeOnSystemDirectory implements DockerfileRule {
    private static final List<String> SENSITIVE = List.of("/proc", "/sys", "/dev");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (Volume v : context.all(Volume.class)) {
            for (Token path : v.paths()) {
                Optional<String> value = context.expand(v, path.text()).resolvedValue();
                Optional<String> dir = value.flatMap(p -> WorkdirInSystemDirectory.under(p, SENSITIVE));
                if (dir.isPresent() && !dir.get().equals(WorkdirInSystemDirectory.normalise(value.get()))) {
                    findings.report(path.range(), "VOLUME " + value.get() + " is inside " + dir.get() + ": only "
                            + "images that must see the host's " + value.get() + " (systemd, monitoring agents) need "
                            + "this, and binding it from the host exposes the host; remove it otherwise",
                            Severity.WARNING);
                } else if (dir.isPresent()) {
                    findings.report(path.range(), "VOLUME " + value.get() + " puts a volume over " + dir.get()
                            + ", which the runtime mounts for the kernel's interfaces; a volume there hides them or, "
                            + "bound to the host's " + dir.get() + ", exposes the host; remove it");
                }
            }
        }
    }
}
