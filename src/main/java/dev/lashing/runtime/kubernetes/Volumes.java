package dev.lashing.runtime.kubernetes;

import dev.lashing.core.Location;
import dev.lashing.runtime.model.Sourced;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads a pod's {@code volumes}, by name. */
final class Volumes {
    private static final Set<String> ALWAYS_READ_ONLY = Set.of("secret", "configMap", "downwardAPI", "projected");

    /** The volumes by name. */
    private final Map<String, Volume> byName;
    /** False when some volume cannot be known (a template): a mount may then name one not read. */
    private final boolean allKnown;

    private Volumes(Map<String, Volume> byName, boolean allKnown) {
        this.byName = byName;
        this.allKnown = allKnown;
    }

    /** The volume named {@code name}, or null. */
    Volume get(String name) {
        return byName.get(name);
    }

    /** True when every volume of the pod is known. */
    boolean allKnown() {
        return allKnown;
    }

    /** The volumes of {@code podSpec}. */
    static Volumes read(Section podSpec, FieldReader reader) {
        return read(podSpec, Items.ABSENT, reader);
    }

    /**
     * The volumes of {@code podSpec} and, for a StatefulSet, those its {@code volumeClaimTemplates} add:
     * each template makes a persistentVolumeClaim volume of the template's name, which replaces a pod
     * volume of the same name (as the StatefulSet controller does).
     */
    static Volumes read(Section podSpec, Items claimTemplates, FieldReader reader) {
        Items items = podSpec.items("volumes");
        Map<String, Volume> byName = new LinkedHashMap<>();
        boolean someUnknown = items.unresolved();
        for (Node item : items.nodes()) {
            if (!(item instanceof MappingNode m) || reader.isTemplate(item)) {
                if (!reader.isTemplate(item)) {
                    reader.error(item, "a volume must be a mapping, not " + Scalars.describe(item));
                }
                someUnknown = true;
                continue;
            }
            YamlMap volume = YamlMap.of(m);
            String name = reader.name(volume, "name");
            if (name == null) {
                reader.error(item, "a volume needs a name");
                continue;
            }
            byName.put(name, volume(name, volume, reader.location(item), reader));
        }
        someUnknown |= claimTemplates.unresolved();
        for (Node item : claimTemplates.nodes()) {
            String name = item instanceof MappingNode m && !reader.isTemplate(item)
                    ? claimName(YamlMap.of(m), reader) : null;
            if (name == null) {
                someUnknown = true; // a template, or a claim without a name (the API server refuses it)
                continue;
            }
            Location at = reader.location(item);
            byName.put(name, new Volume(name, "persistentVolumeClaim", "volume", Sourced.explicit(name, at, name), false,
                    List.of("persistentVolumeClaim"), List.of(), at));
        }
        return new Volumes(byName, !someUnknown);
    }

    /** The name of a volumeClaimTemplate ({@code metadata.name}), or null. */
    private static String claimName(YamlMap template, FieldReader reader) {
        Section metadata = reader.section(template, "metadata");
        return metadata.map() == null ? null : reader.name(metadata.map(), "name");
    }

    private static Volume volume(String name, YamlMap volume, Location at, FieldReader reader) {
        NodeTuple sourceEntry = null;
        for (NodeTuple t : volume.entries()) {
            if (t.getKeyNode() instanceof ScalarNode k && !k.getValue().equals("name")) {
                sourceEntry = t;
                break;
            }
        }
        String kind = sourceEntry == null ? "emptyDir" : ((ScalarNode) sourceEntry.getKeyNode()).getValue();
        Section source = sourceEntry == null ? Section.absent(reader) : reader.section(volume, kind);
        List<String> options = new ArrayList<>(List.of(kind));
        List<Sourced<String>> secrets = new ArrayList<>();
        Sourced<Boolean> readOnlyField = source.bool("readOnly");
        boolean readOnly = ALWAYS_READ_ONLY.contains(kind) || readOnlyField != null && readOnlyField.is(true);
        Sourced<String> named = Sourced.explicit(name, at, name);
        switch (kind) {
            case "hostPath": {
                Sourced<String> path = source.string("path");
                if (path == null) {
                    reader.error(at, "hostPath volume " + name + " needs a path");
                    path = Sourced.unresolved(at, name);
                }
                return new Volume(name, kind, "bind", path, false, options, secrets, at);
            }
            case "emptyDir": {
                Sourced<String> medium = source.string("medium");
                Sourced<String> size = source.string("sizeLimit");
                if (size != null && size.value() != null) {
                    options.add("size=" + size.value());
                }
                boolean memory = medium != null && medium.is("Memory");
                return new Volume(name, kind, memory ? "tmpfs" : "volume", Sourced.explicit("", at, name), false,
                        options, secrets, at);
            }
            case "secret": {
                Sourced<String> secret = source.string("secretName");
                if (secret != null) {
                    secrets.add(secret);
                }
                return new Volume(name, kind, "volume", secret == null ? named : secret, true, options, secrets, at);
            }
            case "configMap":
                return new Volume(name, kind, "volume", orElse(source.string("name"), named), true, options, secrets, at);
            case "persistentVolumeClaim":
                return new Volume(name, kind, "volume", orElse(source.string("claimName"), named), readOnly, options,
                        secrets, at);
            case "projected":
                for (Node s : source.items("sources").nodes()) {
                    if (s instanceof MappingNode sm) {
                        Sourced<String> secret = reader.section(YamlMap.of(sm), "secret").string("name");
                        if (secret != null) {
                            secrets.add(secret);
                        }
                    }
                }
                return new Volume(name, kind, "volume", named, true, options, secrets, at);
            default:
                return new Volume(name, kind, "volume", named, readOnly, options, secrets, at);
        }
    }

    private static Sourced<String> orElse(Sourced<String> value, Sourced<String> fallback) {
        return value == null ? fallback : value;
    }
}
