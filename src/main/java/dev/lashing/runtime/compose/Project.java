package dev.lashing.runtime.compose;

import dev.lashing.core.InputError;
import dev.lashing.core.Location;
import dev.lashing.core.SourceFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What mapping one service needs from the whole project: the merged top-level {@code networks},
 * {@code volumes}, {@code secrets} and {@code configs}, the variables, the files read so far, and
 * where errors go.
 */
final class Project {
    /** The largest environment file read, in bytes. */
    static final long MAX_ENV_FILE_BYTES = 4L * 1024 * 1024;

    final Fields fields;
    final Budget budget;
    final Variables variables;
    final MapValue networks;
    final MapValue volumes;
    final MapValue secrets;
    final MapValue configs;
    private final ComposeFiles files;
    private final Consumer<InputError> errors;
    private final Map<Path, SourceFile> sources;
    private final Map<String, ComposeFiles.Result> envFiles = new HashMap<>();
    private final Map<String, DotEnv.Parsed> parsedEnvFiles = new HashMap<>();

    Project(MapValue root, Variables variables, ComposeFiles files, Consumer<InputError> errors,
            LinkedHashMap<Path, SourceFile> sources, Budget budget) {
        this.fields = new Fields(errors, budget);
        this.errors = errors;
        this.budget = budget;
        this.variables = variables;
        this.files = files;
        this.sources = sources;
        this.networks = section(root, "networks");
        this.volumes = section(root, "volumes");
        this.secrets = section(root, "secrets");
        this.configs = section(root, "configs");
    }

    private MapValue section(MapValue root, String key) {
        Optional<Value> v = root.get(key);
        MapValue m = v.map(x -> fields.map(key, x)).orElse(null);
        return m != null ? m : new MapValue(Map.of(), root.location(), Value.Modifier.NONE);
    }

    /** Reports {@code message} at {@code at}. */
    void error(Location at, String message) {
        errors.accept(InputError.at(at, message));
    }

    /**
     * Reads a file named in the compose file at {@code at} (relative to that file's directory),
     * recording it among the sources; cached.
     */
    ComposeFiles.Result readRelative(Location at, String name, long maxBytes) {
        Path base = Path.of(at.file().path()).getParent();
        Path path;
        try {
            path = (base == null ? Path.of(name) : base.resolve(name)).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return new ComposeFiles.Failed("not a valid path");
        }
        ComposeFiles.Result r = envFiles.computeIfAbsent(path.toString(), k -> files.read(path, maxBytes));
        if (r instanceof ComposeFiles.Found f) {
            sources.putIfAbsent(path, f.file());
        }
        return r;
    }

    /**
     * The entries of an env file read (parsed once per format, its errors reported once); each use
     * spends budget for its entries.
     */
    DotEnv.Parsed envFile(SourceFile file, boolean raw) {
        String key = (raw ? "raw:" : "dotenv:") + file.path();
        DotEnv.Parsed parsed = parsedEnvFiles.get(key);
        if (parsed == null) {
            parsed = DotEnv.parse(file, variables, raw, budget);
            parsed.errors().forEach(errors);
            parsedEnvFiles.put(key, parsed);
        }
        budget.spend(parsed.entries().size());
        return parsed;
    }
}
