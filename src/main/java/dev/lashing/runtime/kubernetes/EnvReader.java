package dev.lashing.runtime.kubernetes;

import dev.lashing.core.Location;
import dev.lashing.runtime.model.EnvVar;
import dev.lashing.runtime.model.Sourced;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a container's {@code env} and {@code envFrom}: literal values, values from elsewhere
 * ({@code valueFrom}: {@code secretKeyRef secret/key}, {@code configMapKeyRef map/key},
 * {@code fieldRef metadata.name}, {@code resourceFieldRef limits.cpu}), and the secrets they draw on.
 */
final class EnvReader {
    private static final String[] SOURCES = {"secretKeyRef", "configMapKeyRef", "fieldRef", "resourceFieldRef",
        "fileKeyRef"};

    private EnvReader() {
    }

    /** Adds the container's variables to {@code env} and the secrets they use to {@code secrets}. */
    static void read(YamlMap container, FieldReader reader, List<Sourced<EnvVar>> env, List<Sourced<String>> secrets) {
        Items vars = reader.items(container, "env");
        if (vars.unresolved()) {
            env.add(vars.unknown());
        }
        for (Node item : vars.nodes()) {
            env.add(variable(item, reader, secrets));
        }
        Items from = reader.items(container, "envFrom");
        if (from.unresolved()) {
            secrets.add(from.unknown());
        }
        for (Node item : from.nodes()) {
            if (item instanceof MappingNode m && !reader.isTemplate(item)) {
                Sourced<String> secret = reader.section(YamlMap.of(m), "secretRef").string("name");
                if (secret != null) {
                    secrets.add(secret);
                }
            } else if (reader.isTemplate(item)) {
                secrets.add(Sourced.unresolved(reader.location(item), reader.text(item)));
            } else {
                reader.error(item, "an envFrom entry must be a mapping, not " + Scalars.describe(item));
            }
        }
    }

    private static Sourced<EnvVar> variable(Node item, FieldReader reader, List<Sourced<String>> secrets) {
        Location at = reader.location(item);
        String text = reader.text(item);
        if (!(item instanceof MappingNode m) || reader.isTemplate(item)) {
            if (!reader.isTemplate(item)) {
                reader.error(item, "an env entry must be a mapping with a name, not " + Scalars.describe(item));
            }
            return Sourced.unresolved(at, text);
        }
        YamlMap var = YamlMap.of(m);
        Sourced<String> name = reader.string(var, "name");
        if (name == null) {
            reader.error(item, "an env entry needs a name");
            return Sourced.unresolved(at, text);
        }
        Section valueFrom = reader.section(var, "valueFrom");
        Sourced<String> value = reader.string(var, "value");
        if (name.isUnresolved() || valueFrom.isUnresolved() || value != null && value.isUnresolved()) {
            return Sourced.unresolved(at, text);
        }
        if (!valueFrom.isAbsent()) {
            return Sourced.explicit(new EnvVar(name.value(), Optional.empty(), source(valueFrom, reader, secrets)), at,
                    text);
        }
        return Sourced.explicit(EnvVar.literal(name.value(), value == null ? "" : value.value()), at, text);
    }

    /** Describes a {@code valueFrom}, noting a secret it reads. */
    private static String source(Section valueFrom, FieldReader reader, List<Sourced<String>> secrets) {
        for (String kind : SOURCES) {
            Section ref = valueFrom.section(kind);
            if (ref.isAbsent()) {
                continue;
            }
            if (ref.isUnresolved()) {
                if (kind.equals("secretKeyRef")) {
                    secrets.add(ref.unknown());
                }
                return kind;
            }
            Sourced<String> objectName = ref.string("name");
            String object = objectName == null ? null : objectName.known().orElse(objectName.text());
            String field = reader.name(ref.map(), switch (kind) {
                case "fieldRef" -> "fieldPath";
                case "resourceFieldRef" -> "resource";
                case "fileKeyRef" -> "path";
                default -> "key";
            });
            if (kind.equals("secretKeyRef")) {
                secrets.add(objectName != null ? objectName : Sourced.unresolved(ref.location(), ref.text()));
            }
            return kind + " " + (object == null ? "" : object + "/") + (field == null ? "" : field);
        }
        return "valueFrom";
    }
}
