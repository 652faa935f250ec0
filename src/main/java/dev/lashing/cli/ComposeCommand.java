package dev.lashing.cli;

import dev.lashing.files.InputFile;
import dev.lashing.files.SourceReader;
import dev.lashing.runtime.compose.ComposeFiles;
import dev.lashing.runtime.compose.ComposeLoader;
import dev.lashing.runtime.compose.ComposeRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lashing compose [-f FILE]...}: checks the services of a compose project, files merged as compose does. */
@Command(name = "compose", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check the services of a docker-compose project. Several -f files are merged as",
            "docker compose -f a.yml -f b.yml does; variables come from the environment and .env, and a value",
            "that needs an unset variable is reported as undecidable, never guessed."})
final class ComposeCommand implements Callable<Integer> {
    /** The files compose reads when none is named, in its order of preference, and the override it adds. */
    static final List<String> DEFAULT_FILES = List.of("compose.yaml", "compose.yml", "docker-compose.yaml",
            "docker-compose.yml");

    private final Environment env;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Compose file (repeatable; - for standard "
            + "input; default: compose.yaml or docker-compose.yml, plus its override file).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--env-file", paramLabel = "FILE", description = "Variables file instead of .env (repeatable).")
    List<Path> envFiles = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "NAME", description = "Enable a profile (repeatable).")
    List<String> profiles = new ArrayList<>();

    @Option(names = "--all-profiles", description = "Check every service, whatever its profiles.")
    boolean allProfiles;

    @Mixin
    SelectionOptions selection = new SelectionOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    ComposeCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        return CommandErrors.run(env, () -> {
            RunSetup setup = RunSetup.of(env, selection, new LinkedHashMap<>(), output.quiet);
            List<Path> chosen = files.isEmpty() ? defaultFiles(env.cwd()) : files;
            ComposeRequest request = new ComposeRequest(chosen, env.env(), envFiles, new LinkedHashSet<>(profiles),
                    allProfiles);
            RuntimeInputs inputs = new RuntimeInputs(setup);
            inputs.check(new ComposeLoader(files(chosen)).load(request));
            return inputs.finish(env, output, setup);
        });
    }

    /**
     * The files on disk, relative to the working directory, and {@code -f -} read from standard input once (as
     * {@code docker compose -f -} does; paths in it are relative to the working directory).
     */
    private ComposeFiles files(List<Path> chosen) {
        ComposeFiles disk = ComposeFiles.disk(env.cwd());
        if (chosen.stream().noneMatch(p -> p.toString().equals(InputFile.STDIN))) {
            return disk;
        }
        SourceReader.Result stdin = SourceReader.read(InputFile.stdin(), SourceReader.DEFAULT_MAX_BYTES, env.stdin());
        ComposeFiles.Result read = stdin instanceof SourceReader.Read r ? new ComposeFiles.Found(r.source())
                : new ComposeFiles.Failed(((SourceReader.Failed) stdin).error().message());
        return (path, maxBytes) -> path.toString().equals(InputFile.STDIN) ? read : disk.read(path, maxBytes);
    }

    /** The compose file of {@code dir} and its override, as {@code docker compose} picks them without -f. */
    static List<Path> defaultFiles(Path dir) throws UsageException {
        for (String name : DEFAULT_FILES) {
            if (Files.isRegularFile(dir.resolve(name))) {
                List<Path> out = new ArrayList<>(List.of(Path.of(name)));
                String stem = name.substring(0, name.lastIndexOf('.'));
                String ext = name.substring(name.lastIndexOf('.'));
                Path override = Path.of(stem + ".override" + ext);
                if (Files.isRegularFile(dir.resolve(override))) {
                    out.add(override);
                }
                return out;
            }
        }
        throw new UsageException("no compose file here (looked for " + String.join(", ", DEFAULT_FILES)
                + "); name one with -f");
    }
}
