package dev.lashing.runtime.compose;

import dev.lashing.core.InputError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The top-level {@code include:} of a compose file: each included file (a path, or
 * {@code {path: ..., env_file: ..., project_directory: ...}}, relative to the including file) is
 * loaded with its own includes and {@code extends} resolved, and the including file merges on top of
 * them. An included service that the including file defines again is reported, as compose refuses it.
 * Included files interpolate with the project's variables (their own {@code env_file} is not read).
 */
final class Includes {
    /** Includes nested deeper than this are refused. */
    static final int MAX_DEPTH = 16;

    private final ComposeDocuments documents;
    private final Extends extendsResolver;
    private final Merger merger;
    private final Consumer<InputError> errors;

    Includes(ComposeDocuments documents, Extends extendsResolver, Merger merger, Consumer<InputError> errors) {
        this.documents = documents;
        this.extendsResolver = extendsResolver;
        this.merger = merger;
        this.errors = errors;
    }

    /** The file at {@code path} with {@code extends} resolved, on top of what it includes. */
    MapValue resolve(Path path, MapValue root) {
        return resolve(path, root, new ArrayList<>());
    }

    private MapValue resolve(Path path, MapValue root, List<Path> chain) {
        MapValue own = extendsResolver.resolve(path, root);
        Optional<MapValue.Entry> include = own.entry("include");
        if (include.isEmpty()) {
            return own;
        }
        chain.add(path.normalize());
        MapValue base = null;
        for (Value item : Merger.asList(include.get().value()).items()) {
            for (Value p : paths(item)) {
                if (!(p instanceof ScalarValue s) || s.value() == null) {
                    errors.accept(InputError.at(p.location(), "an include path must be a string without unset variables"));
                    continue;
                }
                Path dir = path.getParent();
                Path included;
                try {
                    included = (dir == null ? Path.of(s.value()) : dir.resolve(s.value())).normalize();
                } catch (java.nio.file.InvalidPathException e) {
                    errors.accept(InputError.at(p.location(), "include: " + Text.quote(s.value()) + " is not a valid path"));
                    continue;
                }
                if (chain.contains(included) || chain.size() >= MAX_DEPTH) {
                    errors.accept(InputError.at(p.location(), "include cycle or nesting deeper than " + MAX_DEPTH
                            + ": " + included));
                    continue;
                }
                Optional<MapValue> loaded = documents.load(included, p.location());
                if (loaded.isEmpty()) {
                    continue;
                }
                MapValue sub = (MapValue) merger.strip(resolve(included, loaded.get(), chain));
                conflicts(sub, own);
                base = base == null ? sub : (MapValue) merger.merge(base, sub, List.of());
            }
        }
        chain.remove(chain.size() - 1);
        if (base == null) {
            return own;
        }
        Value merged = merger.merge(base, own, List.of());
        return merged instanceof MapValue m ? m : own;
    }

    private List<Value> paths(Value item) {
        if (item instanceof MapValue m) {
            Optional<Value> p = m.get("path");
            if (p.isEmpty()) {
                errors.accept(InputError.at(m.location(), "an include entry needs a \"path\""));
                return List.of();
            }
            return Merger.asList(p.get()).items();
        }
        return List.of(item);
    }

    private void conflicts(MapValue included, MapValue own) {
        MapValue a = included.get("services").filter(v -> v instanceof MapValue).map(v -> (MapValue) v).orElse(null);
        MapValue b = own.get("services").filter(v -> v instanceof MapValue).map(v -> (MapValue) v).orElse(null);
        if (a == null || b == null) {
            return;
        }
        for (MapValue.Entry e : b.all()) {
            if (a.entries().containsKey(e.key())) {
                errors.accept(InputError.at(e.keyLocation(), "service \"" + e.key()
                        + "\" is also defined by an included file (compose refuses the project)"));
            }
        }
    }
}
