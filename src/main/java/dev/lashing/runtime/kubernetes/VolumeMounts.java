package dev.lashing.runtime.kubernetes;

import dev.lashing.core.Location;
import dev.lashing.runtime.model.Mount;
import dev.lashing.runtime.model.Sourced;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a container's {@code volumeMounts} against its pod's volumes: a hostPath is a {@code bind} mount
 * of the host path, an in-memory emptyDir a {@code tmpfs}, anything else a {@code volume}; a mounted
 * secret volume adds its secret to the container's secrets.
 */
final class VolumeMounts {

    private VolumeMounts() {
    }

    /** Adds the mounts of {@code items} to {@code mounts} and the secrets they expose to {@code secrets}. */
    static void read(Items items, Volumes volumes, FieldReader reader, List<Sourced<Mount>> mounts,
            List<Sourced<String>> secrets) {
        if (items.unresolved()) {
            mounts.add(items.unknown());
        }
        for (Node item : items.nodes()) {
            Location at = reader.location(item);
            String text = reader.text(item);
            if (!(item instanceof MappingNode m) || reader.isTemplate(item)) {
                if (!reader.isTemplate(item)) {
                    reader.error(item, "a volumeMount must be a mapping, not " + Scalars.describe(item));
                }
                mounts.add(Sourced.unresolved(at, text));
                continue;
            }
            YamlMap mount = YamlMap.of(m);
            Sourced<String> name = reader.string(mount, "name");
            Sourced<String> path = reader.string(mount, "mountPath");
            Sourced<Boolean> readOnly = reader.bool(mount, "readOnly");
            Sourced<String> propagation = propagation(reader.string(mount, "mountPropagation"), reader);
            Sourced<String> subPath = reader.string(mount, "subPath");
            if (name == null || path == null) {
                reader.error(item, "a volumeMount needs a name and a mountPath");
                continue;
            }
            Volume volume = name.known().map(volumes::get).orElse(null);
            if (volume == null && !name.isUnresolved() && volumes.allKnown()) {
                reader.error(name.location().orElseThrow(), "volumeMount " + name.value() + " names no volume of the pod");
                continue;
            }
            if (volume != null) {
                secrets.addAll(volume.secrets());
            }
            if (volume == null || volume.source().isUnresolved() || isUnresolved(path, readOnly, propagation, subPath)) {
                mounts.add(Sourced.unresolved(at, text));
                continue;
            }
            List<String> options = new ArrayList<>(volume.options());
            if (subPath != null) {
                options.add("subPath=" + subPath.value());
            }
            mounts.add(Sourced.explicit(new Mount(volume.type(), volume.source().value(), path.value(),
                    volume.readOnly() || readOnly != null && readOnly.value(),
                    propagation == null ? "" : propagation.value(), options), at, text));
        }
    }

    private static boolean isUnresolved(Sourced<?>... values) {
        for (Sourced<?> v : values) {
            if (v != null && v.isUnresolved()) {
                return true;
            }
        }
        return false;
    }

    /** {@code mountPropagation}: None is {@code rprivate}, HostToContainer {@code rslave}, Bidirectional {@code rshared}. */
    private static Sourced<String> propagation(Sourced<String> written, FieldReader reader) {
        if (written == null || written.isUnresolved()) {
            return written;
        }
        switch (written.value()) {
            case "None":
                return written.map(v -> "rprivate");
            case "HostToContainer":
                return written.map(v -> "rslave");
            case "Bidirectional":
                return written.map(v -> "rshared");
            default:
                reader.error(written.location().orElseThrow(), "mountPropagation must be None, HostToContainer or "
                        + "Bidirectional: " + written.text());
                return Sourced.unresolved(written.location().orElseThrow(), written.text());
        }
    }
}
