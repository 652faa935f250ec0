package dev.lashing.cli;

import dev.lashing.config.ConfigException;
import dev.lashing.config.FailOn;
import dev.lashing.config.LoadedConfig;
import dev.lashing.config.RuleSelection;
import dev.lashing.core.Finding;
import dev.lashing.core.InputError;
import dev.lashing.core.SourceFile;
import dev.lashing.engine.FileResult;
import dev.lashing.engine.LintOptions;
import dev.lashing.engine.Linter;
import dev.lashing.dockerfile.model.BuildContext;
import dev.lashing.files.BuildContextReader;
import dev.lashing.files.Discovered;
import dev.lashing.files.FileDiscovery;
import dev.lashing.files.InputFile;
import dev.lashing.files.SourceReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lashing lint [PATH...]}: finds Dockerfiles, lints them in parallel, fixes, reports. */
@Command(name = "lint", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lint Dockerfiles: files, directories (searched for Dockerfile, Containerfile, *.Dockerfile,",
            "Dockerfile.*, honouring .gitignore), or - for standard input. Default: the current directory."})
final class LintCommand implements Callable<Integer> {
    private final Environment env;
    private final BuildContextReader.PerRun contexts = new BuildContextReader.PerRun();

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories to lint; - reads standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--fix", description = "Apply safe fixes to the files.")
    boolean fix;

    @Option(names = "--unsafe-fixes", description = "Also apply (with --fix) or show (with --diff) unsafe fixes.")
    boolean unsafeFixes;

    @Option(names = "--diff", description = "Print the fixes as a unified diff instead of applying them; writes nothing.")
    boolean diff;

    @Mixin
    SelectionOptions selection = new SelectionOptions();

    @Option(names = "--build-arg", paramLabel = "NAME=VALUE", description = "Build argument value, as for docker build.")
    Map<String, String> buildArgs = new LinkedHashMap<>();

    @Option(names = "--stdin-filename", paramLabel = "NAME", description = "Name to report for standard input.")
    String stdinFilename;

    @Mixin
    OutputOptions output = new OutputOptions();

    LintCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        return CommandErrors.run(env, this::lint);
    }

    private int lint() throws UsageException, ConfigException {
        List<OutputOptions.Output> outputs = output.outputs();
        if (paths.stream().filter("-"::equals).count() > 1) {
            throw new UsageException("standard input (-) can be given only once");
        }
        RunSetup setup = RunSetup.of(env, selection, buildArgs, output.quiet);
        LoadedConfig loaded = setup.loaded();
        RuleSelection.Selected selected = setup.selected();
        LintOptions options = setup.options();

        List<String> args = paths.isEmpty() ? List.of(".") : paths;
        Discovered found = FileDiscovery.discover(args, env.cwd(), loaded.config().exclude(), loaded.config().baseDir());
        List<Outcome> outcomes = lintAll(found.files(), new Linter(options));

        List<Finding> findings = new ArrayList<>();
        List<InputError> errors = new ArrayList<>(found.errors());
        int fixesApplied = 0;
        boolean usageError = !found.errors().isEmpty();
        StringBuilder diffs = new StringBuilder();
        for (Outcome o : outcomes) {
            if (o.error != null) {
                errors.add(o.error);
                usageError = true;
                continue;
            }
            findings.addAll(o.result.findings());
            errors.addAll(o.result.errors());
            if (o.result.changed()) {
                if (diff) {
                    diffs.append(UnifiedDiff.of(o.original.path(), o.original.text(), o.result.source().text()));
                } else if (!o.lossless) {
                    errors.add(InputError.ofFile(o.input.displayPath(),
                            "not valid UTF-8: fixes were not written, to avoid corrupting the file"));
                    usageError = true;
                } else if (o.input.isStdin()) {
                    env.stdout().print(o.result.source().text());
                    fixesApplied += o.result.fixesApplied();
                } else {
                    usageError |= !write(o, errors);
                    fixesApplied += o.result.fixesApplied();
                }
            }
        }
        if (diff) {
            env.stdout().print(diffs);
            env.stdout().flush();
            return usageError ? Cli.USAGE : diffs.length() > 0 ? Cli.FINDINGS : Cli.OK;
        }
        if (found.files().isEmpty() && found.errors().isEmpty() && !output.quiet) {
            env.stderr().println("lashing: warning: no Dockerfiles found under " + String.join(", ", args));
        }
        boolean stdinFixed = fix && outcomes.stream().anyMatch(o -> o.input != null && o.input.isStdin());
        Reports.write(outputs, Reports.report(findings, errors, found.files().size(), fixesApplied), env,
                output.color(env, loaded.config().noColor()), output.quiet, stdinFixed);
        if (usageError) {
            return Cli.USAGE;
        }
        FailOn effective = selected.failOn();
        boolean failed = findings.stream().anyMatch(f -> effective.fails(f.severity()))
                || effective != FailOn.NEVER && errors.stream().anyMatch(e -> e.location().isPresent());
        return failed ? Cli.FINDINGS : Cli.OK;
    }

    private record Outcome(InputFile input, SourceFile original, FileResult result, boolean lossless, InputError error) {}

    private List<Outcome> lintAll(List<InputFile> files, Linter linter) {
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "lashing-lint", 16L << 20);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (InputFile f : files) {
                futures.add(pool.submit(() -> lintOne(f, linter)));
            }
            List<Outcome> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    out.add(new Outcome(files.get(i), null, null, false, InputError.ofFile(files.get(i).displayPath(),
                            "internal error: " + e.getCause() + "; please report it")));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome lintOne(InputFile input, Linter linter) {
        InputFile named = input.isStdin() && stdinFilename != null ? new InputFile(stdinFilename, Optional.empty()) : input;
        SourceReader.Result r = SourceReader.read(input, SourceReader.DEFAULT_MAX_BYTES, env.stdin());
        if (r instanceof SourceReader.Failed failed) {
            return new Outcome(input, null, null, false, failed.error());
        }
        SourceReader.Read read = (SourceReader.Read) r;
        SourceFile source = named == input ? read.source() : new SourceFile(named.displayPath(), read.source().text());
        Optional<BuildContext> buildContext = input.path().flatMap(contexts::read);
        FileResult result = fix || diff ? linter.fix(source, unsafeFixes, buildContext) : linter.lint(source, buildContext);
        return new Outcome(input, source, result, read.lossless(), null);
    }

    private boolean write(Outcome o, List<InputError> errors) {
        Path path = o.input.path().orElseThrow();
        try {
            Files.writeString(path, o.result.source().text(), StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            errors.add(InputError.ofFile(o.input.displayPath(), "cannot write fixes: " + e.getMessage()));
            return false;
        }
    }
}
