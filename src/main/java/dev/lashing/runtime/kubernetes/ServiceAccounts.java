package dev.lashing.runtime.kubernetes;

import dev.lashing.runtime.model.Sourced;
import java.util.HashMap;
import java.util.Map;

/**
 * The ServiceAccounts of a manifest that set {@code automountServiceAccountToken}, by namespace and
 * name: a pod that does not set it itself inherits its ServiceAccount's setting.
 */
final class ServiceAccounts {
    private final Map<String, Sourced<Boolean>> automount = new HashMap<>();

    /** Records the ServiceAccount {@code account}. */
    void add(YamlMap account, FieldReader reader) {
        Section metadata = reader.section(account, "metadata");
        String name = metadata.map() == null ? null : reader.name(metadata.map(), "name");
        String namespace = metadata.map() == null ? null : reader.name(metadata.map(), "namespace");
        Sourced<Boolean> value = reader.bool(account, "automountServiceAccountToken");
        if (name != null && value != null) {
            automount.put(key(namespace, name), value);
        }
    }

    /** The setting of the ServiceAccount {@code name} in {@code namespace} (null: none), or null. */
    Sourced<Boolean> automount(String namespace, String name) {
        return automount.get(key(namespace, name));
    }

    private static String key(String namespace, String name) {
        return (namespace == null ? "" : namespace) + "\u0000" + name;
    }
}
