package dev.lashing.runtime.compose;

import dev.lashing.core.Location;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.RestartPolicy;
import dev.lashing.runtime.model.Sourced;
import dev.lashing.runtime.model.Ulimit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Resource limits and restarts of a service: {@code mem_limit}, {@code cpus}, {@code pids_limit} and
 * their {@code deploy.resources.limits} forms (compose refuses distinct values in both places; either
 * one alone sets the limit), {@code memswap_limit}, {@code ulimits} (one number or {@code soft}/
 * {@code hard}), {@code restart} and {@code deploy.restart_policy}, which wins as it does in compose.
 */
final class ResourceKeys {
    private final Project project;
    private final Fields fields;

    ResourceKeys(Project project) {
        this.project = project;
        this.fields = project.fields;
    }

    /** Applies the resource keys of {@code service} to {@code b}. */
    void apply(MapValue service, ContainerSpec.Builder b) {
        MapValue deploy = service.get("deploy").filter(v -> !ServiceMapper.isNull(v)).map(v -> fields.map("deploy", v))
                .orElse(null);
        MapValue limits = null;
        if (deploy != null) {
            MapValue resources = deploy.get("resources").map(v -> fields.map("resources", v)).orElse(null);
            limits = resources == null ? null : resources.get("limits").map(v -> fields.map("limits", v)).orElse(null);
        }
        Sourced<Long> memory = limit(service, "mem_limit", limits, "memory", (k, v) -> fields.bytes(k, v));
        if (memory != null) {
            b.memoryBytes = memory;
        }
        Sourced<Double> cpus = limit(service, "cpus", limits, "cpus", (k, v) -> fields.decimal(k, v));
        if (cpus != null) {
            b.cpus = cpus;
        }
        Sourced<Long> pids = limit(service, "pids_limit", limits, "pids", (k, v) -> fields.integer(k, v));
        if (pids != null) {
            b.pidsLimit = pids;
        }
        service.get("memswap_limit").ifPresent(v -> swap(v));
        service.get("mem_reservation").ifPresent(v -> fields.bytes("mem_reservation", v));
        service.get("shm_size").ifPresent(v -> fields.bytes("shm_size", v));
        service.get("stop_grace_period").ifPresent(v -> fields.duration("stop_grace_period", v));
        service.get("ulimits").ifPresent(v -> ulimits(v, b.ulimits));
        service.get("restart").ifPresent(v -> restart(v, b));
        if (deploy != null) {
            deploy.get("restart_policy").ifPresent(v -> restartPolicy(v, b));
        }
    }

    /** The service-level setting or its {@code deploy.resources.limits} form; both must agree. */
    private <T> Sourced<T> limit(MapValue service, String key, MapValue limits, String deployKey,
            java.util.function.BiFunction<String, Value, Sourced<T>> read) {
        Sourced<T> direct = service.get(key).filter(v -> !ServiceMapper.isNull(v)).map(v -> read.apply(key, v))
                .orElse(null);
        Sourced<T> deployed = limits == null ? null : limits.get(deployKey).filter(v -> !ServiceMapper.isNull(v))
                .map(v -> read.apply(deployKey, v)).orElse(null);
        if (direct != null && deployed != null && direct.value() != null && deployed.value() != null
                && !direct.value().equals(deployed.value())) {
            project.error(deployed.location().orElseThrow(), "can't set distinct values on '" + key
                    + "' and 'deploy.resources.limits." + deployKey + "' (compose refuses the project)");
        }
        return deployed != null ? deployed : direct;
    }

    private void swap(Value v) {
        if (v instanceof ScalarValue s && s.value() != null && s.value().strip().equals("-1")) {
            return; // unlimited swap
        }
        fields.bytes("memswap_limit", v);
    }

    private void ulimits(Value v, List<Sourced<Ulimit>> out) {
        MapValue m = fields.map("ulimits", v);
        if (m == null) {
            return;
        }
        for (MapValue.Entry e : m.all()) {
            String name = e.key();
            Value u = e.value();
            String text = Fields.text(name, u);
            if (u instanceof MapValue limits) {
                Sourced<Long> soft = limits.get("soft").map(x -> ulimitValue("soft", x)).orElse(null);
                Sourced<Long> hard = limits.get("hard").map(x -> ulimitValue("hard", x)).orElse(null);
                if (soft == null || hard == null) {
                    if (limits.get("soft").isEmpty() || limits.get("hard").isEmpty()) {
                        fields.error(u.location(), "ulimit \"" + name + "\" needs both soft and hard");
                    }
                    continue;
                }
                if (soft.isUnresolved() || hard.isUnresolved()) {
                    out.add(Sourced.unresolved(u.location(), text));
                    continue;
                }
                if (hard.value() >= 0 && (soft.value() < 0 || soft.value() > hard.value())) {
                    fields.error(u.location(), "ulimit \"" + name + "\": soft limit " + soft.value()
                            + " is above the hard limit " + hard.value());
                }
                out.add(Sourced.explicit(new Ulimit(name, soft.value(), hard.value()), u.location(), text));
            } else {
                Sourced<Long> both = ulimitValue(name, u);
                if (both != null) {
                    out.add(both.map(n -> new Ulimit(name, n, n)));
                }
            }
        }
    }

    private Sourced<Long> ulimitValue(String key, Value v) {
        if (v instanceof ScalarValue s && s.value() != null && s.value().strip().equals("unlimited")) {
            return Sourced.explicit(-1L, v.location(), Fields.text(key, v));
        }
        return fields.integer(key, v);
    }

    private void restart(Value v, ContainerSpec.Builder b) {
        Sourced<String> s = fields.string("restart", v);
        if (s == null) {
            return;
        }
        if (s.isUnresolved()) {
            b.restart = Sourced.unresolved(v.location(), s.text());
            return;
        }
        String r = s.value().strip();
        OptionalInt retries = OptionalInt.empty();
        String name = r;
        if (r.startsWith("on-failure:")) {
            name = "on-failure";
            java.util.OptionalLong n = Units.integer(r.substring("on-failure:".length()));
            if (n.isEmpty() || n.getAsLong() < 0 || n.getAsLong() > Integer.MAX_VALUE) {
                fields.error(v.location(), "\"restart\": the retry count of on-failure must be a number, found "
                        + Text.quote(r));
                return;
            }
            retries = OptionalInt.of((int) n.getAsLong());
        }
        if (!List.of("no", "always", "on-failure", "unless-stopped").contains(name)) {
            fields.error(v.location(), "\"restart\" must be no, always, on-failure[:N] or unless-stopped, found "
                    + Text.quote(r));
            return;
        }
        OptionalInt max = retries;
        String policy = name;
        b.restart = s.map(x -> new RestartPolicy(policy, max));
    }

    private void restartPolicy(Value v, ContainerSpec.Builder b) {
        MapValue p = fields.map("restart_policy", v);
        if (p == null) {
            return;
        }
        p.get("delay").ifPresent(x -> fields.duration("delay", x));
        p.get("window").ifPresent(x -> fields.duration("window", x));
        Optional<Value> condition = p.get("condition");
        Location at = condition.map(Value::location).orElse(p.location());
        String text = Fields.text("restart_policy", p);
        String name = "always"; // the condition defaults to "any"
        if (condition.isPresent()) {
            Sourced<String> c = fields.string("condition", condition.get());
            if (c == null) {
                return;
            }
            if (c.isUnresolved()) {
                b.restart = Sourced.unresolved(at, text);
                return;
            }
            Function<String, String> policy = x -> switch (x) {
                case "none", "no" -> "no";
                case "on-failure" -> "on-failure";
                case "any", "always" -> "always";
                case "unless-stopped" -> "unless-stopped";
                default -> null;
            };
            name = policy.apply(c.value().strip());
            if (name == null) {
                fields.error(condition.get().location(), "\"condition\" must be none, on-failure or any, found "
                        + Text.quote(c.value()));
                return;
            }
        }
        OptionalInt max = OptionalInt.empty();
        Optional<Value> attempts = p.get("max_attempts");
        if (attempts.isPresent()) {
            Sourced<Long> n = fields.integer("max_attempts", attempts.get());
            if (n != null && n.isUnresolved()) {
                b.restart = Sourced.unresolved(at, text);
                return;
            }
            if (n != null && n.value() > 0 && n.value() <= Integer.MAX_VALUE) {
                max = OptionalInt.of(n.value().intValue());
            }
        }
        b.restart = Sourced.explicit(new RestartPolicy(name, max), at, text);
    }
}
