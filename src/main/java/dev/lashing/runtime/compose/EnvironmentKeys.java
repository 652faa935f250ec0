package dev.lashing.runtime.compose;

import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.EnvVar;
import dev.lashing.runtime.model.Sourced;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The environment and secrets of a service. {@code env_file} files (relative to the compose file
 * that names them; {@code required: false} ones may be missing; {@code format: raw} ones are taken
 * as written) come first, located in the env file, and {@code environment} (list or mapping) overrides
 * them by name; a variable written without a value comes from the host environment. {@code secrets}
 * (short and long syntax) list the secrets by name, each checked against the top-level
 * {@code secrets}; {@code configs} are checked the same way.
 */
final class EnvironmentKeys {
    private static final Set<String> REFERENCE_KEYS = Set.of("source", "target", "uid", "gid", "mode");

    private final Project project;
    private final Fields fields;

    EnvironmentKeys(Project project) {
        this.project = project;
        this.fields = project.fields;
    }

    /** Applies the environment and secret keys of {@code service} to {@code b}. */
    void apply(String name, MapValue service, ContainerSpec.Builder b) {
        Map<String, Sourced<EnvVar>> env = new LinkedHashMap<>();
        service.get("env_file").map(v -> fields.stringOrList("env_file", v)).ifPresent(items -> {
            for (Value item : items) {
                envFile(item, env);
            }
        });
        service.get("environment").ifPresent(v -> environment(v, env));
        b.env.addAll(env.values());
        service.get("secrets").map(v -> fields.list("secrets", v)).ifPresent(items -> {
            for (Value item : items) {
                Sourced<String> s = reference(name, "secret", item, project.secrets);
                if (s != null) {
                    b.secrets.add(s);
                }
            }
        });
        service.get("configs").map(v -> fields.list("configs", v)).ifPresent(items -> {
            for (Value item : items) {
                reference(name, "config", item, project.configs);
            }
        });
    }

    private void environment(Value v, Map<String, Sourced<EnvVar>> env) {
        if (!(v instanceof MapValue) && !(v instanceof ListValue)) {
            if (!ServiceMapper.isNull(v)) {
                fields.error(v.location(), "\"environment\" must be a list or a mapping, found " + v.describe());
            }
            return;
        }
        if (v instanceof ListValue l) {
            for (Value item : l.items()) {
                if (!(item instanceof ScalarValue s) || s.isNull()) {
                    fields.error(item.location(), "an \"environment\" item must be NAME=value, found " + item.describe());
                }
            }
        }
        for (MapValue.Entry e : KeyValues.asMap(v).all()) {
            String text = v instanceof ListValue ? Fields.text("", e.value()) : e.key() + ": " + Fields.text("", e.value());
            if (!(e.value() instanceof ScalarValue s)) {
                fields.error(e.value().location(), "the value of \"" + e.key() + "\" must be a string, found "
                        + e.value().describe());
                continue;
            }
            Sourced<EnvVar> var;
            if (s.isNull()) {
                var = Sourced.explicit(new EnvVar(e.key(), Optional.empty(), "host environment"), s.location(), text);
            } else if (s.unresolved()) {
                var = Sourced.unresolved(s.location(), text);
            } else {
                var = Sourced.explicit(EnvVar.literal(e.key(), s.value()), s.location(), text);
            }
            env.remove(e.key());
            env.put(e.key(), var);
        }
    }

    private void envFile(Value item, Map<String, Sourced<EnvVar>> env) {
        Value pathValue = item;
        boolean required = true;
        boolean raw = false;
        if (item instanceof MapValue m) {
            Optional<Value> p = m.get("path");
            if (p.isEmpty()) {
                fields.error(m.location(), "an env_file entry needs a \"path\"");
                return;
            }
            pathValue = p.get();
            Sourced<Boolean> r = m.get("required").map(v -> fields.bool("required", v)).orElse(null);
            required = r == null || r.value() == null || r.value();
            Sourced<String> format = m.get("format").map(v -> fields.string("format", v)).orElse(null);
            raw = format != null && "raw".equals(format.value());
        }
        Sourced<String> path = fields.string("env_file", pathValue);
        if (path == null) {
            return;
        }
        if (path.isUnresolved()) {
            project.error(pathValue.location(), "the env_file path uses an unset variable: its variables are unknown");
            return;
        }
        ComposeFiles.Result r = project.readRelative(pathValue.location(), path.value(), Project.MAX_ENV_FILE_BYTES);
        if (r instanceof ComposeFiles.Missing) {
            if (required) {
                project.error(pathValue.location(), "env file " + Text.quote(path.value()) + " not found");
            }
            return;
        }
        if (r instanceof ComposeFiles.Failed f) {
            project.error(pathValue.location(), "env file " + Text.quote(path.value()) + ": " + f.reason());
            return;
        }
        var file = ((ComposeFiles.Found) r).file();
        DotEnv.Parsed parsed = project.envFile(file, raw);
        for (DotEnv.Entry e : parsed.entries()) {
            String text = e.location().text();
            Sourced<EnvVar> var;
            if (e.fromHost()) {
                var = Sourced.explicit(new EnvVar(e.name(), Optional.empty(), "host environment"), e.location(), text);
            } else if (e.value() == null) {
                var = Sourced.unresolved(e.location(), text);
            } else {
                var = Sourced.explicit(new EnvVar(e.name(), Optional.of(e.value()), "env file " + file.path()),
                        e.location(), text.length() > 160 ? text.substring(0, 157) + "..." : text);
            }
            env.remove(e.name());
            env.put(e.name(), var);
        }
    }

    /** The name of the secret or config an entry refers to, checked against the top-level definitions. */
    private Sourced<String> reference(String service, String what, Value item, MapValue defined) {
        Sourced<String> source;
        if (item instanceof MapValue m) {
            for (MapValue.Entry e : m.all()) {
                if (!REFERENCE_KEYS.contains(e.key()) && !e.key().startsWith("x-")) {
                    fields.error(e.keyLocation(), "unknown key \"" + e.key() + "\" in a " + what
                            + " (not in the Compose Specification)");
                }
            }
            Optional<Value> s = m.get("source");
            if (s.isEmpty()) {
                fields.error(m.location(), "a " + what + " in long syntax needs a \"source\"");
                return null;
            }
            source = fields.string("source", s.get());
            if (source != null) {
                source = source.isUnresolved() ? Sourced.unresolved(m.location(), Fields.text(what + "s", m))
                        : Sourced.explicit(source.value(), m.location(), Fields.text(what + "s", m));
            }
        } else {
            source = fields.string(what + "s", item);
        }
        if (source != null && source.value() != null && defined.get(source.value()).isEmpty()) {
            project.error(item.location(), "service \"" + service + "\" uses " + what + " \"" + source.value()
                    + "\", which is not defined under the top-level " + what + "s");
        }
        return source;
    }
}
