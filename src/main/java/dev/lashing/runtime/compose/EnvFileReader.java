package dev.lashing.runtime.compose;

import dev.lashing.core.InputError;
import dev.lashing.core.SourceFile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;

/**
 * The variables of a project: the {@code .env} file next to the first compose file (when present),
 * or the {@code --env-file} files in order (each required), overlaid by the environment given, which
 * wins as the shell does in compose.
 */
final class EnvFileReader {
    private final ComposeFiles files;
    private final Budget budget;
    private final Consumer<InputError> errors;
    private final LinkedHashMap<Path, SourceFile> sources;

    EnvFileReader(ComposeFiles files, Budget budget, Consumer<InputError> errors, LinkedHashMap<Path, SourceFile> sources) {
        this.files = files;
        this.budget = budget;
        this.errors = errors;
        this.sources = sources;
    }

    /** The variables {@code request} interpolates with. */
    Variables variables(ComposeRequest request) {
        Variables environment = Variables.of(request.environment());
        List<Path> envFiles = request.envFiles();
        boolean required = !envFiles.isEmpty();
        if (envFiles.isEmpty()) {
            Path dir = request.files().get(0).getParent();
            envFiles = List.of(dir == null ? Path.of(".env") : dir.resolve(".env"));
        }
        Variables fromFiles = Variables.of(java.util.Map.of());
        for (Path p : envFiles) {
            ComposeFiles.Result r = files.read(p.normalize(), Project.MAX_ENV_FILE_BYTES);
            if (r instanceof ComposeFiles.Missing) {
                if (required) {
                    errors.accept(InputError.ofFile(p.toString(), "env file not found"));
                }
                continue;
            }
            if (r instanceof ComposeFiles.Failed f) {
                errors.accept(InputError.ofFile(p.toString(), "env file " + f.reason()));
                continue;
            }
            SourceFile file = ((ComposeFiles.Found) r).file();
            sources.putIfAbsent(p.normalize(), file);
            DotEnv.Parsed parsed = DotEnv.parse(file, environment.over(fromFiles), false, budget);
            parsed.errors().forEach(errors);
            for (DotEnv.Entry e : parsed.entries()) {
                if (!e.fromHost()) {
                    fromFiles = fromFiles.with(e.name(), e.value());
                }
            }
        }
        return environment.over(fromFiles);
    }
}
