package dev.lashing.runtime.compose;

import dev.lashing.core.Location;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Health;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps one compose service (after merging, {@code extends} and interpolation) onto a
 * {@link ContainerSpec}: identity, privileges and namespaces here; resources, storage, networking and
 * environment in their own classes. Unknown keys are reported and the rest still maps.
 */
final class ServiceMapper {
    private final Project project;
    private final Fields fields;

    ServiceMapper(Project project) {
        this.project = project;
        this.fields = project.fields;
    }

    /** The spec of service {@code name}, declared at {@code declaredAt}. */
    ContainerSpec map(String name, Location declaredAt, MapValue service) {
        ContainerSpec.Builder b = ContainerSpec.builder(name, SourceKind.COMPOSE, declaredAt);
        for (MapValue.Entry e : service.all()) {
            if (!ServiceKeys.KNOWN.contains(e.key()) && !e.key().startsWith("x-")) {
                project.error(e.keyLocation(), ServiceKeys.unknown(e.key(), name));
            }
        }
        if (service.get("image").isEmpty() && service.get("build").isEmpty() && service.get("provider").isEmpty()) {
            project.error(declaredAt, "service \"" + name + "\" has neither an image nor a build context");
        }
        service.get("image").map(v -> fields.string("image", v)).ifPresent(s -> b.image = s);
        command(service, b);
        service.get("privileged").map(v -> fields.bool("privileged", v)).ifPresent(s -> b.privileged = s);
        service.get("cap_add").ifPresent(v -> capabilities("cap_add", v, b.capAdd));
        service.get("cap_drop").ifPresent(v -> capabilities("cap_drop", v, b.capDrop));
        service.get("security_opt").ifPresent(v -> new SecurityOptions(fields).apply(v, b));
        service.get("user").ifPresent(v -> user(v, b));
        service.get("read_only").map(v -> fields.bool("read_only", v)).ifPresent(s -> b.readOnlyRootFilesystem = s);
        service.get("oom_kill_disable").map(v -> fields.bool("oom_kill_disable", v)).ifPresent(s -> b.oomKillDisable = s);
        namespace(service, "pid", b, s -> b.pid = s);
        namespace(service, "ipc", b, s -> b.ipc = s);
        namespace(service, "uts", b, s -> b.uts = s);
        namespace(service, "userns_mode", b, s -> b.userns = s);
        service.get("cgroup").ifPresent(v -> cgroup(v, b));
        service.get("group_add").ifPresent(v -> strings("group_add", v, b.groupAdd));
        service.get("sysctls").ifPresent(v -> sysctls(v, b.sysctls));
        service.get("healthcheck").ifPresent(v -> health(v, b));
        new ResourceKeys(project).apply(service, b);
        new StorageKeys(project).apply(service, b);
        new NetworkKeys(project).apply(name, service, b);
        new EnvironmentKeys(project).apply(name, service, b);
        return b.build();
    }

    private void command(MapValue service, ContainerSpec.Builder b) {
        Optional<Value> entrypoint = service.get("entrypoint").filter(v -> !isNull(v));
        Optional<Value> command = service.get("command").filter(v -> !isNull(v));
        if (entrypoint.isEmpty() && command.isEmpty()) {
            return;
        }
        List<String> words = new ArrayList<>();
        boolean resolved = true;
        List<String> texts = new ArrayList<>();
        for (Optional<Value> part : List.of(entrypoint, command)) {
            if (part.isEmpty()) {
                continue;
            }
            String key = part == entrypoint ? "entrypoint" : "command";
            texts.add(Fields.text(key, part.get()));
            List<String> w = words(key, part.get());
            if (w == null) {
                resolved = false;
            } else {
                words.addAll(w);
            }
        }
        Location at = entrypoint.orElseGet(command::get).location();
        String text = String.join("; ", texts);
        b.command = resolved ? Sourced.explicit(List.copyOf(words), at, text) : Sourced.unresolved(at, text);
    }

    /** The words of a command (a string split as a shell would, or a list); null when unresolved or wrong. */
    private List<String> words(String key, Value v) {
        if (v instanceof ScalarValue s) {
            if (s.unresolved()) {
                return null;
            }
            List<String> w = ShellWords.split(s.value());
            if (w == null) {
                fields.error(v.location(), "\"" + key + "\" has an unclosed quote");
            }
            return w;
        }
        List<Value> items = fields.list(key, v);
        if (items == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Value item : items) {
            Sourced<String> s = fields.string(key, item);
            if (s == null || s.isUnresolved()) {
                return null;
            }
            out.add(s.value());
        }
        return out;
    }

    private void capabilities(String key, Value v, List<Sourced<String>> out) {
        List<Value> items = fields.list(key, v);
        if (items == null) {
            return;
        }
        for (Value item : items) {
            Sourced<String> s = fields.string(key, item);
            if (s != null) {
                out.add(s.map(c -> {
                    String up = c.strip().toUpperCase(Locale.ROOT);
                    return up.startsWith("CAP_") ? up.substring(4) : up;
                }));
            }
        }
    }

    private void strings(String key, Value v, List<Sourced<String>> out) {
        List<Value> items = fields.list(key, v);
        if (items != null) {
            for (Value item : items) {
                Sourced<String> s = fields.string(key, item);
                if (s != null) {
                    out.add(s);
                }
            }
        }
    }

    private void sysctls(Value v, List<Sourced<String>> out) {
        if (!(v instanceof MapValue) && !(v instanceof ListValue)) {
            if (!isNull(v)) {
                fields.error(v.location(), "\"sysctls\" must be a list or a mapping, found " + v.describe());
            }
            return;
        }
        for (MapValue.Entry e : KeyValues.asMap(v).all()) {
            String text = v instanceof ListValue ? Fields.text("sysctls", e.value())
                    : "sysctls: " + e.key() + "=" + Fields.text("", e.value());
            if (!(e.value() instanceof ScalarValue s) || s.isNull()) {
                fields.error(e.value().location(), "the sysctl \"" + e.key() + "\" needs a value");
            } else if (s.unresolved()) {
                out.add(Sourced.unresolved(s.location(), text));
            } else {
                out.add(Sourced.explicit(e.key() + "=" + s.value(), s.location(), text));
            }
        }
    }

    private void user(Value v, ContainerSpec.Builder b) {
        Sourced<String> user = fields.string("user", v);
        if (user == null) {
            return;
        }
        b.user = user;
        if (user.isUnresolved()) {
            b.runAsUser = Sourced.unresolved(v.location(), user.text());
            b.runAsGroup = Sourced.unresolved(v.location(), user.text());
            return;
        }
        String name = user.value();
        int colon = name.indexOf(':');
        b.runAsUser = numericId(colon < 0 ? name : name.substring(0, colon), v, user);
        if (colon >= 0) {
            b.runAsGroup = numericId(name.substring(colon + 1), v, user);
        }
    }

    /** A UID or GID as written: a number, {@code root} (0 in every passwd and group file), else unresolved. */
    private static Sourced<Long> numericId(String id, Value v, Sourced<String> user) {
        java.util.OptionalLong n = Units.integer(id);
        if (n.isPresent() && !id.startsWith("+") && !id.startsWith("-")) {
            return Sourced.explicit(n.getAsLong(), v.location(), user.text());
        }
        if (id.equals("root")) {
            return Sourced.explicit(0L, v.location(), user.text());
        }
        return Sourced.unresolved(v.location(), user.text()); // a name: the image's passwd or group file decides
    }

    private void namespace(MapValue service, String key, ContainerSpec.Builder b,
            java.util.function.Consumer<Sourced<String>> set) {
        Optional<Value> v = service.get(key);
        if (v.isEmpty() || isNull(v.get())) {
            return;
        }
        Sourced<String> s = fields.string(key, v.get());
        if (s != null) {
            set.accept(s);
        }
    }

    private void cgroup(Value v, ContainerSpec.Builder b) {
        Sourced<String> s = fields.string("cgroup", v);
        if (s != null && s.value() != null && !s.value().equals("host") && !s.value().equals("private")) {
            fields.error(v.location(), "\"cgroup\" must be host or private, found " + Text.quote(s.value()));
        } else if (s != null) {
            b.cgroupns = s;
        }
    }

    private void health(Value v, ContainerSpec.Builder b) {
        MapValue h = fields.map("healthcheck", v);
        if (h == null) {
            return;
        }
        for (String d : List.of("interval", "timeout", "start_period", "start_interval")) {
            h.get(d).ifPresent(x -> fields.duration(d, x));
        }
        h.get("retries").ifPresent(x -> fields.integer("retries", x));
        Optional<Value> disable = h.get("disable");
        if (disable.isPresent()) {
            Sourced<Boolean> off = fields.bool("disable", disable.get());
            if (off != null && off.isUnresolved()) {
                b.health = Sourced.unresolved(disable.get().location(), off.text());
                return;
            }
            if (off != null && off.value()) {
                b.health = Sourced.explicit(new Health(true, List.of(), List.of()), disable.get().location(), off.text());
                return;
            }
        }
        Optional<Value> test = h.get("test");
        if (test.isEmpty()) {
            return;
        }
        Value t = test.get();
        String text = Fields.text("test", t);
        List<String> words;
        if (t instanceof ScalarValue s && !s.isNull()) {
            if (s.unresolved()) {
                b.health = Sourced.unresolved(t.location(), text);
                return;
            }
            words = List.of("CMD-SHELL", s.value());
        } else {
            List<String> w = words("test", t);
            if (w == null) {
                if (t instanceof ListValue) {
                    b.health = Sourced.unresolved(t.location(), text);
                }
                return;
            }
            words = w;
        }
        boolean none = !words.isEmpty() && words.get(0).equals("NONE");
        b.health = Sourced.explicit(new Health(none, none ? List.of() : words, List.of()), t.location(), text);
    }

    static boolean isNull(Value v) {
        return v instanceof ScalarValue s && s.isNull();
    }
}
