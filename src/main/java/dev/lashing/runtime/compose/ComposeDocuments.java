package dev.lashing.runtime.compose;

import dev.lashing.core.InputError;
import dev.lashing.core.Location;
import dev.lashing.core.SourceFile;
import dev.lashing.runtime.yaml.YamlException;
import dev.lashing.runtime.yaml.YamlSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads compose files into {@link MapValue} roots, once each: YAML composed under
 * {@link YamlSource}'s limits, interpolated, with merge keys applied; several documents in one file
 * merge in order. Files read are recorded as sources.
 */
final class ComposeDocuments {
    /** The largest compose file read, in bytes. */
    static final long MAX_COMPOSE_BYTES = 16L * 1024 * 1024;

    private final ComposeFiles files;
    private final Interpolator interpolator;
    private final Merger merger;
    private final Budget budget;
    private final Consumer<InputError> errors;
    private final LinkedHashMap<Path, SourceFile> sources;
    private final Map<Path, Optional<MapValue>> loaded = new HashMap<>();

    ComposeDocuments(ComposeFiles files, Interpolator interpolator, Merger merger, Budget budget,
            Consumer<InputError> errors, LinkedHashMap<Path, SourceFile> sources) {
        this.files = files;
        this.interpolator = interpolator;
        this.merger = merger;
        this.budget = budget;
        this.errors = errors;
        this.sources = sources;
    }

    /**
     * The root of the compose file at {@code path}; empty (reported at {@code namedAt}, or for the
     * whole file when null) when it is missing, unreadable, not YAML or not a mapping. {@code !reset}
     * and {@code !override} marks are kept for merging.
     */
    Optional<MapValue> load(Path path, Location namedAt) {
        Path key = path.normalize();
        Optional<MapValue> done = loaded.get(key);
        if (done != null) {
            return done;
        }
        Optional<MapValue> root = read(key, namedAt);
        loaded.put(key, root);
        return root;
    }

    private Optional<MapValue> read(Path path, Location namedAt) {
        ComposeFiles.Result r = files.read(path, MAX_COMPOSE_BYTES);
        if (!(r instanceof ComposeFiles.Found found)) {
            String why = r instanceof ComposeFiles.Failed f ? f.reason() : "not found";
            errors.accept(namedAt == null ? InputError.ofFile(path.toString(), "compose file " + why)
                    : InputError.at(namedAt, "compose file " + Text.quote(path.toString()) + " " + why));
            return Optional.empty();
        }
        SourceFile file = found.file();
        sources.putIfAbsent(path, file);
        YamlSource yaml = new YamlSource(file);
        List<Node> docs;
        try {
            docs = yaml.documents();
        } catch (YamlException e) {
            errors.accept(e.error());
            return Optional.empty();
        }
        if (docs.isEmpty()) {
            errors.accept(InputError.ofFile(file.path(), "empty compose file"));
            return Optional.empty();
        }
        YamlTree tree = new YamlTree(yaml, interpolator, errors, budget);
        MapValue root = null;
        for (Node doc : docs) {
            Value v = tree.root(doc);
            if (!(v instanceof MapValue m)) {
                errors.accept(InputError.at(v.location(), "a compose file must be a mapping (services:, networks:, ...),"
                        + " found " + v.describe()));
                continue;
            }
            for (MapValue.Entry e : m.all()) {
                if (!ServiceKeys.TOP_LEVEL.contains(e.key()) && !e.key().startsWith("x-")) {
                    errors.accept(InputError.at(e.keyLocation(), "unknown top-level key \"" + e.key()
                            + "\" (not in the Compose Specification)"));
                }
            }
            root = root == null ? m : (MapValue) merger.merge(root, m, List.of());
        }
        return Optional.ofNullable(root);
    }
}
