package dev.lashing.runtime.docker;

import dev.lashing.core.InputError;
import dev.lashing.core.Location;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Sourced;
import java.util.List;

/** Marks what a flag sets as unresolved when its value depends on an expansion lashing does not perform. */
final class UnresolvedFlags {

    private UnresolvedFlags() {
    }

    /**
     * Marks the setting of flag {@code name} in {@code spec} unresolved; {@code known} is the value's text before
     * its first expansion. Flags that set nothing in the model are left alone.
     */
    static void mark(ContainerSpec.Builder spec, String name, String known, Location at, String text,
            List<InputError> errors) {
        switch (name) {
            case "privileged" -> spec.privileged = Sourced.unresolved(at, text);
            case "cap-add" -> spec.capAdd.add(Sourced.unresolved(at, text));
            case "cap-drop" -> spec.capDrop.add(Sourced.unresolved(at, text));
            case "security-opt" -> SecurityOpts.unresolved(spec, known, at, text, errors);
            case "user" -> {
                spec.user = Sourced.unresolved(at, text);
                spec.runAsUser = Sourced.unresolved(at, text);
                spec.runAsGroup = Sourced.unresolved(at, text);
            }
            case "read-only" -> spec.readOnlyRootFilesystem = Sourced.unresolved(at, text);
            case "volume", "mount", "tmpfs", "use-api-socket" -> spec.mounts.add(Sourced.unresolved(at, text));
            case "memory" -> spec.memoryBytes = Sourced.unresolved(at, text);
            case "cpus" -> spec.cpus = Sourced.unresolved(at, text);
            case "pids-limit" -> spec.pidsLimit = Sourced.unresolved(at, text);
            case "ulimit" -> spec.ulimits.add(Sourced.unresolved(at, text));
            case "restart" -> spec.restart = Sourced.unresolved(at, text);
            case "network", "net" -> spec.network = Sourced.unresolved(at, text);
            case "pid" -> spec.pid = Sourced.unresolved(at, text);
            case "ipc" -> spec.ipc = Sourced.unresolved(at, text);
            case "uts" -> spec.uts = Sourced.unresolved(at, text);
            case "userns" -> spec.userns = Sourced.unresolved(at, text);
            case "cgroupns" -> spec.cgroupns = Sourced.unresolved(at, text);
            case "device" -> spec.devices.add(Sourced.unresolved(at, text));
            case "group-add" -> spec.groupAdd.add(Sourced.unresolved(at, text));
            case "sysctl" -> spec.sysctls.add(Sourced.unresolved(at, text));
            case "env", "env-file", "env-host" -> spec.env.add(Sourced.unresolved(at, text));
            case "secret" -> spec.secrets.add(Sourced.unresolved(at, text));
            case "publish", "expose" -> spec.ports.add(Sourced.unresolved(at, text));
            case "oom-kill-disable" -> spec.oomKillDisable = Sourced.unresolved(at, text);
            case "publish-all" -> spec.publishAll = Sourced.unresolved(at, text);
            default -> {
            }
        }
    }
}
