package dev.lashing.runtime.compose;

import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Mount;
import dev.lashing.runtime.model.Sourced;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Mounts and devices of a service: {@code volumes} (short and long syntax; a named volume whose
 * top-level definition binds a host directory, {@code driver_opts: {o: bind, device: /path}}, is a
 * bind mount of that directory), {@code tmpfs}, {@code use_api_socket} (the Docker socket bound in)
 * and {@code devices}.
 */
final class StorageKeys {
    private static final Set<String> LONG_KEYS = Set.of("type", "source", "target", "read_only", "consistency", "bind",
            "volume", "tmpfs", "image");
    private static final Set<String> TYPES = Set.of("bind", "volume", "tmpfs", "npipe", "cluster", "image");

    private final Project project;
    private final Fields fields;

    StorageKeys(Project project) {
        this.project = project;
        this.fields = project.fields;
    }

    /** Applies the storage keys of {@code service} to {@code b}. */
    void apply(MapValue service, ContainerSpec.Builder b) {
        service.get("volumes").map(v -> fields.list("volumes", v)).ifPresent(items -> {
            for (Value item : items) {
                Sourced<Mount> m = volume(item);
                if (m != null) {
                    b.mounts.add(m);
                }
            }
        });
        service.get("tmpfs").map(v -> fields.stringOrList("tmpfs", v)).ifPresent(items -> {
            for (Value item : items) {
                Sourced<String> s = fields.string("tmpfs", item);
                if (s == null) {
                    continue;
                }
                if (s.isUnresolved()) {
                    b.mounts.add(Sourced.unresolved(item.location(), s.text()));
                    continue;
                }
                Mounts.Parsed p = Mounts.parseTmpfs(s.value());
                if (p.error() != null) {
                    fields.error(item.location(), "\"tmpfs\": " + p.error());
                } else {
                    b.mounts.add(s.map(x -> p.mount()));
                }
            }
        });
        service.get("use_api_socket").map(v -> fields.bool("use_api_socket", v)).ifPresent(on -> {
            if (on.isUnresolved()) {
                b.mounts.add(Sourced.unresolved(on.location().orElseThrow(), on.text()));
            } else if (on.value()) {
                b.mounts.add(on.map(x -> new Mount("bind", "/var/run/docker.sock", "/var/run/docker.sock", false, "",
                        List.of("use_api_socket"))));
            }
        });
        service.get("devices").map(v -> fields.list("devices", v)).ifPresent(items -> {
            for (Value item : items) {
                Sourced<String> d = device(item);
                if (d != null) {
                    b.devices.add(d);
                }
            }
        });
    }

    private Sourced<Mount> volume(Value item) {
        String text = Fields.text("volumes", item);
        if (item instanceof MapValue m) {
            return longVolume(m, text);
        }
        Sourced<String> s = fields.string("volumes", item);
        if (s == null) {
            return null;
        }
        if (s.isUnresolved()) {
            return Sourced.unresolved(item.location(), text);
        }
        Mounts.Parsed p = Mounts.parseShort(s.value());
        if (p.error() != null) {
            fields.error(item.location(), "\"volumes\": " + p.error());
            return null;
        }
        return Sourced.explicit(namedBind(p.mount()), item.location(), text);
    }

    private Sourced<Mount> longVolume(MapValue m, String text) {
        for (MapValue.Entry e : m.all()) {
            if (!LONG_KEYS.contains(e.key()) && !e.key().startsWith("x-")) {
                fields.error(e.keyLocation(), "unknown key \"" + e.key() + "\" in a volume (not in the Compose Specification)");
            }
        }
        Optional<Value> typeValue = m.get("type");
        if (typeValue.isEmpty()) {
            fields.error(m.location(), "a volume in long syntax needs a \"type\" (bind, volume, tmpfs, ...)");
            return null;
        }
        Sourced<String> type = fields.string("type", typeValue.get());
        Sourced<String> source = m.get("source").map(v -> fields.string("source", v)).orElse(null);
        Sourced<String> target = m.get("target").map(v -> fields.string("target", v)).orElse(null);
        if (type == null || m.get("source").isPresent() && source == null || m.get("target").isPresent() && target == null) {
            return null;
        }
        if (target == null) {
            fields.error(m.location(), "a volume in long syntax needs a \"target\"");
            return null;
        }
        boolean unresolved = type.isUnresolved() || target.isUnresolved() || source != null && source.isUnresolved();
        if (!unresolved && !TYPES.contains(type.value())) {
            fields.error(typeValue.get().location(), "unknown volume type " + Text.quote(type.value())
                    + " (bind, volume, tmpfs, npipe, cluster, image)");
            return null;
        }
        boolean readOnly = false;
        Optional<Value> ro = m.get("read_only");
        if (ro.isPresent()) {
            Sourced<Boolean> r = fields.bool("read_only", ro.get());
            unresolved |= r != null && r.isUnresolved();
            readOnly = r != null && Boolean.TRUE.equals(r.value());
        }
        String propagation = "";
        List<String> options = new ArrayList<>();
        MapValue bind = m.get("bind").map(v -> fields.map("bind", v)).orElse(null);
        if (bind != null) {
            Sourced<String> p = bind.get("propagation").map(v -> fields.string("propagation", v)).orElse(null);
            unresolved |= p != null && p.isUnresolved();
            propagation = p == null || p.value() == null ? "" : p.value();
            bind.get("selinux").map(v -> fields.string("selinux", v)).filter(x -> x.value() != null)
                    .ifPresent(x -> options.add(x.value()));
            bind.get("recursive").map(v -> fields.string("recursive", v)).filter(x -> x.value() != null)
                    .ifPresent(x -> options.add("recursive=" + x.value()));
        }
        MapValue volume = m.get("volume").map(v -> fields.map("volume", v)).orElse(null);
        if (volume != null) {
            volume.get("nocopy").map(v -> fields.bool("nocopy", v)).filter(x -> Boolean.TRUE.equals(x.value()))
                    .ifPresent(x -> options.add("nocopy"));
            volume.get("subpath").map(v -> fields.string("subpath", v)).filter(x -> x.value() != null)
                    .ifPresent(x -> options.add("subpath=" + x.value()));
        }
        MapValue tmpfs = m.get("tmpfs").map(v -> fields.map("tmpfs", v)).orElse(null);
        if (tmpfs != null) {
            tmpfs.get("size").map(v -> fields.bytes("size", v)).filter(x -> x.value() != null)
                    .ifPresent(x -> options.add("size=" + x.value()));
            tmpfs.get("mode").map(v -> fields.string("mode", v)).filter(x -> x.value() != null)
                    .ifPresent(x -> options.add("mode=" + x.value()));
        }
        if (unresolved) {
            return Sourced.unresolved(m.location(), text);
        }
        String src = source == null ? "" : source.value();
        Mount mount = new Mount(type.value(), src, target.value(), readOnly, propagation, options);
        return Sourced.explicit(namedBind(mount), m.location(), text);
    }

    /**
     * A named volume whose top-level definition uses the local driver to bind a host directory
     * ({@code driver_opts: {type: none, o: bind, device: /srv/data}}) mounts that directory: a bind.
     */
    private Mount namedBind(Mount m) {
        if (!m.type().equals("volume") || m.source().isEmpty()) {
            return m;
        }
        MapValue def = project.volumes.get(m.source()).filter(v -> v instanceof MapValue).map(v -> (MapValue) v)
                .orElse(null);
        if (def == null) {
            return m;
        }
        String driver = scalar(def, "driver");
        MapValue opts = def.get("driver_opts").filter(v -> v instanceof MapValue).map(v -> (MapValue) v).orElse(null);
        if (opts == null || driver != null && !driver.equals("local")) {
            return m;
        }
        String o = scalar(opts, "o");
        String device = scalar(opts, "device");
        if (o == null || device == null || !Text.split(o, ',').contains("bind")) {
            return m;
        }
        List<String> options = new ArrayList<>(m.options());
        options.add("volume=" + m.source());
        return new Mount("bind", device, m.target(), m.readOnly(), m.propagation(), options);
    }

    private Sourced<String> device(Value item) {
        if (item instanceof MapValue m) {
            Sourced<String> source = m.get("source").map(v -> fields.string("source", v)).orElse(null);
            if (source == null) {
                if (m.get("source").isEmpty()) {
                    fields.error(m.location(), "a device in long syntax needs a \"source\"");
                }
                return null;
            }
            String text = Fields.text("devices", m);
            Sourced<String> target = m.get("target").map(v -> fields.string("target", v)).orElse(null);
            Sourced<String> perms = m.get("permissions").map(v -> fields.string("permissions", v)).orElse(null);
            if (source.isUnresolved() || target != null && target.isUnresolved() || perms != null && perms.isUnresolved()) {
                return Sourced.unresolved(m.location(), text);
            }
            String spec = source.value() + (target == null ? "" : ":" + target.value())
                    + (perms == null ? "" : (target == null ? ":" + source.value() : "") + ":" + perms.value());
            return Sourced.explicit(spec, m.location(), text);
        }
        Sourced<String> s = fields.string("devices", item);
        if (s != null && s.value() != null && s.value().isBlank()) {
            fields.error(item.location(), "\"devices\": an empty device");
            return null;
        }
        return s;
    }

    private static String scalar(MapValue m, String key) {
        return m.get(key).filter(v -> v instanceof ScalarValue).map(v -> ((ScalarValue) v).value()).orElse(null);
    }
}
