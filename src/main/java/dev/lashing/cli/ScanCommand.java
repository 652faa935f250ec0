package dev.lashing.cli;

import dev.lashing.config.ConfigException;
import dev.lashing.core.SourceFile;
import dev.lashing.engine.FileResult;
import dev.lashing.engine.Linter;
import dev.lashing.files.Discovered;
import dev.lashing.files.FileDiscovery;
import dev.lashing.files.InputFile;
import dev.lashing.files.InputKind;
import dev.lashing.files.SourceReader;
import dev.lashing.runtime.compose.ComposeFiles;
import dev.lashing.runtime.compose.ComposeLoader;
import dev.lashing.runtime.compose.ComposeRequest;
import dev.lashing.runtime.kubernetes.KubernetesLoader;
import dev.lashing.runtime.quadlet.QuadletParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code lashing scan [PATH...]}: one command for a whole repository. Finds Dockerfiles, compose
 * files, Kubernetes manifests and Quadlet units below the paths (as {@code lint} finds Dockerfiles:
 * .gitignore and {@code exclude} honoured) and runs the right checks on each, in one report.
 */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check every container input in a tree: Dockerfiles, docker-compose files (each with its",
            "override file, as compose merges them), Kubernetes manifests (YAML with apiVersion and kind; Helm",
            "templates must be rendered first) and Podman Quadlet .container units, in one report."})
final class ScanCommand implements Callable<Integer> {
    private final Environment env;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories (default: the current directory).")
    List<String> paths = new ArrayList<>();

    @Mixin
    SelectionOptions selection = new SelectionOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    ScanCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        return CommandErrors.run(env, this::scan);
    }

    private int scan() throws UsageException, ConfigException {
        if (paths.contains("-")) {
            throw new UsageException("scan reads files, not standard input; use lint -, compose -f - or run");
        }
        RunSetup setup = RunSetup.of(env, selection, new LinkedHashMap<>(), output.quiet);
        List<String> args = paths.isEmpty() ? List.of(".") : paths;
        Discovered found = FileDiscovery.discover(args, env.cwd(), setup.loaded().config().exclude(),
                setup.loaded().config().baseDir(), f -> InputKind.of(f).isPresent());
        RuntimeInputs inputs = new RuntimeInputs(setup);
        inputs.errors.addAll(found.errors());
        Linter linter = new Linter(setup.options());
        for (InputFile f : found.files()) {
            Path p = f.path().orElseThrow();
            Optional<InputKind> kind = InputKind.of(p);
            if (kind.isEmpty()) {
                // named on the command line but none of the four kinds: say so rather than skip in silence
                inputs.errors.add(dev.lashing.core.InputError.ofFile(f.displayPath(), "not a Dockerfile, compose file, "
                        + "Kubernetes manifest or Quadlet unit"));
                continue;
            }
            switch (kind.get()) {
                case DOCKERFILE -> read(f, inputs).ifPresent(source -> {
                    FileResult r = linter.lint(source);
                    inputs.findings.addAll(r.findings());
                    inputs.errors.addAll(r.errors());
                    inputs.checked++;
                });
                case COMPOSE -> {
                    if (!isOverride(p)) {
                        inputs.check(new ComposeLoader(ComposeFiles.disk(env.cwd())).load(new ComposeRequest(
                                composeFiles(f), env.env(), List.of(), Set.of(), true)));
                    }
                }
                case KUBERNETES -> read(f, inputs).ifPresent(source -> inputs.check(new KubernetesLoader().load(source)));
                case QUADLET -> read(f, inputs).ifPresent(source -> inputs.check(QuadletParser.parse(source,
                        Optional.ofNullable(p.getParent()))));
            }
        }
        if (found.files().isEmpty() && found.errors().isEmpty() && !output.quiet) {
            env.stderr().println("lashing: warning: no Dockerfiles, compose files, Kubernetes manifests or Quadlet "
                    + "units found under " + String.join(", ", args));
        }
        return inputs.finish(env, output, setup);
    }

    private Optional<SourceFile> read(InputFile f, RuntimeInputs inputs) {
        SourceReader.Result r = SourceReader.read(f, SourceReader.DEFAULT_MAX_BYTES, env.stdin());
        if (r instanceof SourceReader.Failed failed) {
            inputs.errors.add(failed.error());
            return Optional.empty();
        }
        return Optional.of(((SourceReader.Read) r).source());
    }

    /** {@code compose.override.yaml} and the like: merged onto their base file, not checked alone. */
    static boolean isOverride(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.matches("(docker-)?compose\\.override\\.ya?ml");
    }

    /** The compose file as shown, followed by its override file when one sits beside it. */
    private static List<Path> composeFiles(InputFile f) {
        Path shown = Path.of(f.displayPath());
        Path real = f.path().orElseThrow();
        String name = real.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path override = real.resolveSibling(name.substring(0, dot) + ".override" + name.substring(dot));
        List<Path> out = new ArrayList<>(List.of(shown));
        if (Files.isRegularFile(override)) {
            out.add(shown.resolveSibling(override.getFileName()));
        }
        return out;
    }
}
