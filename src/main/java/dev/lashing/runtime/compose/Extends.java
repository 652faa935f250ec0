package dev.lashing.runtime.compose;

import dev.lashing.core.InputError;
import dev.lashing.core.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Resolves {@code extends:} in the services of one compose file, before files are merged, as compose
 * does: {@code extends: base} or {@code extends: {service: base, file: other.yml}} (relative to the
 * file that says it) merges the base service under the extending one with the merge rules. Chains are
 * followed, each service resolved once; a cycle or a chain deeper than {@link #MAX_DEPTH} is an error
 * at the {@code extends} that closes it.
 */
final class Extends {
    /** The longest {@code extends} chain followed. */
    static final int MAX_DEPTH = 64;

    private final ComposeDocuments documents;
    private final Merger merger;
    private final Consumer<InputError> errors;
    private final Map<String, MapValue> resolved = new HashMap<>();

    Extends(ComposeDocuments documents, Merger merger, Consumer<InputError> errors) {
        this.documents = documents;
        this.merger = merger;
        this.errors = errors;
    }

    /** {@code root} (the file at {@code path}) with every service's {@code extends} resolved. */
    MapValue resolve(Path path, MapValue root) {
        Optional<MapValue.Entry> servicesEntry = root.entry("services");
        if (servicesEntry.isEmpty() || !(servicesEntry.get().value() instanceof MapValue services)) {
            return root;
        }
        Map<String, MapValue.Entry> out = new LinkedHashMap<>();
        for (MapValue.Entry e : services.all()) {
            Value v = e.value();
            if (v instanceof MapValue service && service.get("extends").isPresent()) {
                v = service(path, services, e.key(), service, new ArrayList<>());
            }
            out.put(e.key(), e.withValue(v));
        }
        Map<String, MapValue.Entry> rootOut = new LinkedHashMap<>(root.entries());
        rootOut.put("services", servicesEntry.get().withValue(new MapValue(out, services.location(), services.modifier())));
        return new MapValue(rootOut, root.location(), root.modifier());
    }

    /** {@code service} of the file at {@code path} with its chain of bases merged under it. */
    private MapValue service(Path path, MapValue services, String name, MapValue service, List<String> chain) {
        String id = path.normalize() + "#" + name;
        MapValue done = resolved.get(id);
        if (done != null) {
            return done;
        }
        MapValue result = withoutExtends(service);
        Value ext = service.get("extends").orElse(null);
        if (ext != null) {
            chain.add(id);
            MapValue base = base(path, services, ext, chain);
            chain.remove(chain.size() - 1);
            if (base != null) {
                Value merged = merger.merge(merger.strip(base), result, List.of("services", name));
                result = merged instanceof MapValue m ? m : result;
            }
        }
        resolved.put(id, result);
        return result;
    }

    private MapValue base(Path path, MapValue services, Value ext, List<String> chain) {
        String baseName = null;
        String file = null;
        Location at = ext.location();
        if (ext instanceof ScalarValue s && !s.isNull()) {
            baseName = s.value();
        } else if (ext instanceof MapValue m) {
            baseName = m.get("service").filter(v -> v instanceof ScalarValue).map(v -> ((ScalarValue) v).value())
                    .orElse(null);
            file = m.get("file").filter(v -> v instanceof ScalarValue).map(v -> ((ScalarValue) v).value()).orElse(null);
            if (m.get("service").isEmpty()) {
                errors.accept(InputError.at(at, "\"extends\" needs a \"service\""));
                return null;
            }
        } else {
            errors.accept(InputError.at(at, "\"extends\" must be a service name or {service, file}, found "
                    + ext.describe()));
            return null;
        }
        if (baseName == null) {
            errors.accept(InputError.at(at, "\"extends\": the service name uses an unset variable"));
            return null;
        }
        Path basePath = path;
        MapValue baseServices = services;
        if (file != null) {
            Path dir = path.getParent();
            try {
                basePath = (dir == null ? Path.of(file) : dir.resolve(file)).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                errors.accept(InputError.at(at, "\"extends\": " + Text.quote(file) + " is not a valid path"));
                return null;
            }
            Optional<MapValue> root = documents.load(basePath, at);
            if (root.isEmpty()) {
                return null;
            }
            baseServices = root.get().get("services").filter(v -> v instanceof MapValue).map(v -> (MapValue) v)
                    .orElse(null);
        }
        String id = basePath.normalize() + "#" + baseName;
        if (chain.contains(id)) {
            List<String> cycle = new ArrayList<>(chain.subList(chain.indexOf(id), chain.size()));
            cycle.add(id);
            errors.accept(InputError.at(at, "\"extends\" cycle: " + String.join(" -> ", cycle)));
            return null;
        }
        if (chain.size() >= MAX_DEPTH) {
            errors.accept(InputError.at(at, "\"extends\" chain longer than " + MAX_DEPTH + " services"));
            return null;
        }
        Value base = baseServices == null ? null : baseServices.get(baseName).orElse(null);
        if (!(base instanceof MapValue baseService)) {
            errors.accept(InputError.at(at, "\"extends\": no service " + Text.quote(baseName)
                    + (file == null ? "" : " in " + Text.quote(file))));
            return null;
        }
        return service(basePath, baseServices, baseName, baseService, chain);
    }

    private static MapValue withoutExtends(MapValue service) {
        Map<String, MapValue.Entry> out = new LinkedHashMap<>(service.entries());
        out.remove("extends");
        return new MapValue(out, service.location(), service.modifier());
    }
}
