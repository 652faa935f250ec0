package dev.lashing.runtime.kubernetes;

import dev.lashing.core.Location;
import dev.lashing.runtime.model.Sourced;
import java.util.List;

/**
 * A volume of a pod, as containers that mount it see it.
 *
 * @param name the volume's name
 * @param sourceKind the key of its source as written ({@code hostPath}, {@code emptyDir}, {@code secret}, ...)
 * @param type the model's mount type: {@code bind} for hostPath, {@code tmpfs} for an in-memory emptyDir,
 *     {@code volume} otherwise
 * @param source the host path, or the name of the secret, config map or claim; {@code ""} for an emptyDir
 *     and the volume's name for other sources; unresolved when a template
 * @param readOnly true when Kubernetes always mounts it read-only (secret, configMap, downwardAPI,
 *     projected) or the source says {@code readOnly: true}
 * @param options mount options: the source kind, and {@code size=} for an emptyDir with a sizeLimit
 * @param secrets the secrets it exposes to containers that mount it
 * @param at where the volume is declared
 */
record Volume(String name, String sourceKind, String type, Sourced<String> source, boolean readOnly,
        List<String> options, List<Sourced<String>> secrets, Location at) {

    /** Copies the lists. */
    Volume {
        options = List.copyOf(options);
        secrets = List.copyOf(secrets);
    }
}
