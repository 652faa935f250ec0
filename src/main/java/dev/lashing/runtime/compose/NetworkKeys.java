package dev.lashing.runtime.compose;

import dev.lashing.core.Location;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.PortMapping;
import dev.lashing.runtime.model.Sourced;
import dev.lashing.runtime.ports.ParsedPort;
import dev.lashing.runtime.ports.PortSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Networking of a service: {@code network_mode} ({@code host}, {@code none}, {@code bridge},
 * {@code service:NAME}, {@code container:NAME}) or {@code networks} (the names joined by commas,
 * each the top-level network's {@code name:} when it sets one; none listed is the project's default
 * network, {@code ""}, unless the top-level {@code default} network is renamed), {@code ports} (short
 * and long syntax) and {@code expose}.
 */
final class NetworkKeys {
    private static final Set<String> PORT_KEYS = Set.of("name", "mode", "host_ip", "target", "published", "protocol",
            "app_protocol");

    private final Project project;
    private final Fields fields;

    NetworkKeys(Project project) {
        this.project = project;
        this.fields = project.fields;
    }

    /** Applies the network keys of {@code service} to {@code b}. */
    void apply(String name, MapValue service, ContainerSpec.Builder b) {
        Optional<Value> mode = service.get("network_mode").filter(v -> !ServiceMapper.isNull(v));
        Optional<Value> networks = service.get("networks").filter(v -> !ServiceMapper.isNull(v));
        if (mode.isPresent()) {
            if (networks.isPresent()) {
                project.error(networks.get().location(), "service \"" + name
                        + "\" sets both network_mode and networks (compose refuses the project)");
            }
            Sourced<String> s = fields.string("network_mode", mode.get());
            if (s != null) {
                b.network = s;
            }
        } else if (networks.isPresent()) {
            network(name, networks.get(), b);
        } else {
            String def = renamed("default");
            if (!def.isEmpty()) {
                b.network = Sourced.defaulted(def, b.declaredAt());
            }
        }
        service.get("ports").map(v -> fields.list("ports", v)).ifPresent(items -> {
            for (Value item : items) {
                ports(item, b.ports);
            }
        });
        service.get("expose").map(v -> fields.list("expose", v)).ifPresent(items -> {
            for (Value item : items) {
                Sourced<String> s = fields.string("expose", item);
                if (s == null) {
                    continue;
                }
                if (s.isUnresolved()) {
                    b.ports.add(Sourced.unresolved(item.location(), s.text()));
                    continue;
                }
                add(PortSyntax.expose(s.value().strip()), "expose", item.location(), s.text(), b.ports);
            }
        });
    }

    private void network(String service, Value v, ContainerSpec.Builder b) {
        MapValue listed = KeyValues.asMap(v);
        if (!(v instanceof MapValue) && !(v instanceof ListValue)) {
            fields.error(v.location(), "\"networks\" must be a list or a mapping, found " + v.describe());
            return;
        }
        List<String> names = new ArrayList<>();
        boolean unresolved = false;
        for (MapValue.Entry e : listed.all()) {
            if (e.value() instanceof ScalarValue s && s.unresolved() && v instanceof ListValue) {
                unresolved = true;
                continue;
            }
            if (!e.key().equals("default") && project.networks.get(e.key()).isEmpty()) {
                project.error(e.keyLocation(), "service \"" + service + "\" uses network \"" + e.key()
                        + "\", which is not defined under the top-level networks");
            }
            String actual = renamed(e.key());
            names.add(actual.isEmpty() && !e.key().equals("default") ? e.key() : actual);
        }
        String text = Fields.text("networks", v);
        if (unresolved) {
            b.network = Sourced.unresolved(v.location(), text);
        } else if (!names.isEmpty()) {
            List<String> nonDefault = names.stream().filter(n -> !n.isEmpty()).toList();
            b.network = Sourced.explicit(String.join(",", nonDefault), v.location(), text);
        }
    }

    /** The name a top-level network is created or found under: its {@code name:} when set, else "" for default. */
    private String renamed(String key) {
        Optional<Value> def = project.networks.get(key);
        if (def.isPresent() && def.get() instanceof MapValue m && m.get("name").orElse(null) instanceof ScalarValue s
                && s.value() != null && !s.value().isEmpty()) {
            return s.value();
        }
        return key.equals("default") ? "" : key;
    }

    private void ports(Value item, List<Sourced<PortMapping>> out) {
        String text = Fields.text("ports", item);
        if (item instanceof MapValue m) {
            longPort(m, text, out);
            return;
        }
        Sourced<String> s = fields.string("ports", item);
        if (s == null) {
            return;
        }
        if (s.isUnresolved()) {
            out.add(Sourced.unresolved(item.location(), text));
            return;
        }
        add(PortSyntax.publish(s.value().strip()), "ports", item.location(), text, out);
    }

    private void longPort(MapValue m, String text, List<Sourced<PortMapping>> out) {
        for (MapValue.Entry e : m.all()) {
            if (!PORT_KEYS.contains(e.key()) && !e.key().startsWith("x-")) {
                fields.error(e.keyLocation(), "unknown key \"" + e.key() + "\" in a port (not in the Compose Specification)");
            }
        }
        Optional<Value> targetValue = m.get("target");
        if (targetValue.isEmpty()) {
            fields.error(m.location(), "a port in long syntax needs a \"target\"");
            return;
        }
        Sourced<String> target = fields.string("target", targetValue.get());
        Sourced<String> published = m.get("published").map(v -> fields.string("published", v)).orElse(null);
        Sourced<String> hostIp = m.get("host_ip").map(v -> fields.string("host_ip", v)).orElse(null);
        Sourced<String> protocol = m.get("protocol").map(v -> fields.string("protocol", v)).orElse(null);
        if (target == null) {
            return;
        }
        for (Sourced<String> s : java.util.Arrays.asList(target, published, hostIp, protocol)) {
            if (s != null && s.isUnresolved()) {
                out.add(Sourced.unresolved(m.location(), text));
                return;
            }
        }
        String proto = protocol == null ? "tcp" : protocol.value().toLowerCase(Locale.ROOT);
        if (!PortSyntax.isProtocol(proto)) {
            fields.error(m.get("protocol").orElseThrow().location(), "unknown protocol " + Text.quote(proto)
                    + " (tcp, udp or sctp)");
            return;
        }
        String ip = hostIp == null ? "" : hostIp.value().strip();
        String host = published == null ? "" : published.value().strip();
        add(PortSyntax.published(ip, host, target.value().strip(), proto), "ports", m.location(), text, out);
    }

    private void add(ParsedPort p, String key, Location at, String text, List<Sourced<PortMapping>> out) {
        if (!p.ok()) {
            fields.error(at, "\"" + key + "\": " + p.error());
            return;
        }
        project.budget.spend(p.spec().size());
        for (PortMapping m : p.spec().mappings(p.spec().size())) {
            out.add(Sourced.explicit(m, at, text));
        }
    }
}
