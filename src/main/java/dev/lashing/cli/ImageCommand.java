package dev.lashing.cli;

import dev.lashing.config.ConfigException;
import dev.lashing.config.FailOn;
import dev.lashing.core.Finding;
import dev.lashing.core.ImageSummary;
import dev.lashing.core.InputError;
import dev.lashing.dockerfile.model.DockerfileModel;
import dev.lashing.dockerfile.syntax.Dockerfile;
import dev.lashing.engine.FileResult;
import dev.lashing.engine.ImageScanner;
import dev.lashing.engine.LintOptions;
import dev.lashing.engine.Linter;
import dev.lashing.files.InputFile;
import dev.lashing.files.SourceReader;
import dev.lashing.image.archive.DaemonSource;
import dev.lashing.image.archive.ImageException;
import dev.lashing.image.archive.ImageSource;
import dev.lashing.image.archive.ImageSources;
import dev.lashing.image.archive.ResolvedImage;
import dev.lashing.image.layer.WalkLimits;
import dev.lashing.image.layer.WalkListener;
import dev.lashing.image.oci.Platform;
import dev.lashing.report.LintReport;
import dev.lashing.core.ToolInfo;
import dev.lashing.registry.BuiltinRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lashing image PATH|-}: reads an image without a Docker engine and judges what it ships. */
@Command(name = "image", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check a container image: a docker save tarball (plain, gzip or zstd), an OCI layout directory or archive, or - for",
            "standard input (docker save app | lashing image -). Every layer is read and verified; files deleted",
            "in a later layer still count, as they still ship. With --daemon, IMAGE is exported from a local",
            "Docker or Podman engine."})
final class ImageCommand implements Callable<Integer> {
    /** Largest image accepted on standard input or from an engine (it is spooled to a temp file first). */
    static final long MAX_SPOOLED_BYTES = 64L << 30;

    private final Environment env;

    @Parameters(paramLabel = "IMAGE", description = "Image archive or OCI layout directory; - reads standard input; "
            + "with --daemon, an image name in a local engine.")
    String path;

    @Option(names = "--daemon", description = "IMAGE names an image in a local Docker or Podman engine: export it over "
            + "the engine's API socket (never needed: docker save archives work without an engine).")
    boolean daemon;

    @Option(names = "--daemon-socket", paramLabel = "PATH", description = "The engine's API socket (default: "
            + "DOCKER_HOST if unix://, else /var/run/docker.sock, then Podman's sockets).")
    Path daemonSocket;

    @Option(names = "--platform", paramLabel = "OS/ARCH[/VARIANT]",
            description = "Image to pick from a multi-platform index (default: this machine's, e.g. linux/amd64).")
    String platform;

    @Option(names = "--tag", paramLabel = "TAG", description = "Image to pick when the archive holds several.")
    String tag;

    @Option(names = "--reference", paramLabel = "NAME[:TAG]",
            description = "The name the image is deployed under, for checks on the reference (default: the archive's tag).")
    String reference;

    @Option(names = "--own-layers-only", description = "Report only findings in the image's own layers, not its base image's.")
    boolean ownLayersOnly;

    @Option(names = "--base-layers", paramLabel = "N",
            description = "How many layers come from the base image, when the history cannot tell.")
    Integer baseLayers;

    @Option(names = "--dockerfile", paramLabel = "FILE",
            description = {"The Dockerfile the image was built from: linted too, in the same report, and image",
                "findings name the instruction that produced their layer where the history allows."})
    Path dockerfile;

    @Mixin
    SelectionOptions selection = new SelectionOptions();

    @Option(names = "--verbose", description = "Also list secret-like values that allow rules accepted (example keys, test paths).")
    boolean verbose;

    @Option(names = "--no-progress", description = "No progress bar on standard error.")
    boolean noProgress;

    @Mixin
    OutputOptions output = new OutputOptions();

    ImageCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        return CommandErrors.run(env, this::scan);
    }

    private int scan() throws UsageException, ConfigException, ImageException, InterruptedException {
        List<OutputOptions.Output> outputs = output.outputs();
        Optional<Platform> wanted = Optional.empty();
        if (platform != null) {
            try {
                wanted = Optional.of(Platform.parse(platform));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--platform: " + e.getMessage());
            }
        }
        if (baseLayers != null && baseLayers < 0) {
            throw new UsageException("--base-layers must be 0 or more, not " + baseLayers);
        }
        RunSetup setup = RunSetup.of(env, selection,
                new LinkedHashMap<>(), output.quiet);
        Optional<Dockerfile> parsed = readDockerfile();
        Optional<DockerfileModel> model = parsed.map(d -> DockerfileModel.of(d, setup.options().buildArgs()));
        Progress progress = !noProgress && !output.quiet && env.stdoutIsTerminal() ? new Progress(env.stderr())
                : null;
        ImageScanner.Options options = new ImageScanner.Options(ownLayersOnly,
                baseLayers == null ? OptionalInt.empty() : OptionalInt.of(baseLayers),
                Runtime.getRuntime().availableProcessors(), WalkLimits.defaults(),
                progress == null ? WalkListener.NONE : progress, Instant.now().getEpochSecond(),
                Optional.ofNullable(reference));
        ImageScanner.ImageResult result;
        try (ImageSource source = open()) {
            ResolvedImage image = source.resolve(wanted, Optional.ofNullable(tag));
            if (progress != null) {
                progress.start(image.layers().size());
            }
            try {
                result = new ImageScanner(verbose ? withAllowedSecrets(setup.options()) : setup.options(), options)
                        .scan(image, model);
            } finally {
                if (progress != null) {
                    progress.stop();
                }
            }
        }
        List<Finding> findings = new ArrayList<>(result.findings());
        List<InputError> errors = new ArrayList<>(result.errors());
        int checked = 1;
        if (parsed.isPresent()) {
            FileResult lint = new Linter(setup.options()).lint(parsed.get());
            findings.addAll(lint.findings());
            errors.addAll(lint.errors());
            checked++;
            if (result.linkedSteps() == 0 && !output.quiet) {
                env.stderr().println("lashing: the history of " + path + " does not match " + dockerfile
                        + "; image findings are not linked to its instructions");
            }
        }
        if (result.hiddenBaseFindings() > 0 && !output.quiet) {
            env.stderr().println("lashing: " + result.hiddenBaseFindings()
                    + " findings in base-image layers not shown (--own-layers-only)");
        }
        List<ImageSummary> images = List.of(result.summary());
        LintReport report = new LintReport(ToolInfo.lashing(), findings, errors, checked, 0, BuiltinRules.catalog(),
                images);
        Reports.write(outputs, report, env, output.color(env, setup.loaded().config().noColor()), output.quiet, false);
        FailOn effective = setup.selected().failOn();
        boolean failed = findings.stream().anyMatch(f -> effective.fails(f.severity()));
        return failed ? Cli.FINDINGS : Cli.OK;
    }

    /** The Dockerfile given with {@code --dockerfile}, read and parsed once for the linter and the matcher. */
    private Optional<Dockerfile> readDockerfile() throws UsageException {
        if (dockerfile == null) {
            return Optional.empty();
        }
        if (dockerfile.toString().equals("-") && path.equals("-") && !daemon) {
            throw new UsageException("--dockerfile - and IMAGE - cannot both be read from standard input");
        }
        SourceReader.Result r = SourceReader.read(new InputFile(dockerfile.toString(),
                Optional.of(env.cwd().resolve(dockerfile))), SourceReader.DEFAULT_MAX_BYTES, env.stdin());
        if (r instanceof SourceReader.Failed failed) {
            throw new UsageException("--dockerfile " + failed.error().describe());
        }
        return Optional.of(Dockerfile.parse(((SourceReader.Read) r).source()));
    }

    /** The options with the setting that makes secret rules show what allow rules accepted. */
    private static LintOptions withAllowedSecrets(LintOptions o) {
        return new LintOptions(o.enabled(), o.severity(), o.ignoredForPath(),
                o.settings().withBoolean("show-allowed-secrets", true), o.inlineSuppressions(), o.buildArgs(),
                o.codeResolver());
    }

    private ImageSource open() throws ImageException, UsageException {
        if (daemon) {
            Path socket = DaemonSockets.find(daemonSocket == null ? null : env.cwd().resolve(daemonSocket), env.env());
            return DaemonSource.open(socket, path, Paths.get(System.getProperty("java.io.tmpdir")), MAX_SPOOLED_BYTES);
        }
        if (daemonSocket != null) {
            throw new UsageException("--daemon-socket needs --daemon");
        }
        if (path.equals("-")) {
            return ImageSources.openStdin(env.stdin(), Paths.get(System.getProperty("java.io.tmpdir")), MAX_SPOOLED_BYTES);
        }
        Path p = env.cwd().resolve(path);
        if (!Files.exists(p)) {
            throw new UsageException(path + ": no such file or directory");
        }
        return ImageSources.open(p);
    }
}
