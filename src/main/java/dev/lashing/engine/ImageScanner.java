package dev.lashing.engine;

import dev.lashing.core.Finding;
import dev.lashing.core.ImageSummary;
import dev.lashing.core.InputError;
import dev.lashing.core.Provenance;
import dev.lashing.core.SourceFile;
import dev.lashing.dockerfile.model.DockerfileModel;
import dev.lashing.dockerfile.rules.DockerfileRule;
import dev.lashing.image.analyzers.Analyzers;
import dev.lashing.image.analyzers.BaseLayers;
import dev.lashing.image.analyzers.FactAnalyzer;
import dev.lashing.image.analyzers.HistoryDockerfile;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.image.analyzers.LayerHistory;
import dev.lashing.image.analyzers.LayerInfo;
import dev.lashing.image.analyzers.OsRelease;
import dev.lashing.image.archive.ImageException;
import dev.lashing.image.archive.LayerBlob;
import dev.lashing.image.archive.ResolvedImage;
import dev.lashing.image.layer.LayerEntry;
import dev.lashing.image.layer.LayerProblem;
import dev.lashing.image.layer.LayerStats;
import dev.lashing.image.layer.LayerWalker;
import dev.lashing.image.layer.WalkLimits;
import dev.lashing.image.layer.WalkListener;
import dev.lashing.image.layer.WalkResult;
import dev.lashing.image.oci.HistoryEntry;
import dev.lashing.image.oci.ImageConfig;
import dev.lashing.image.rules.ImageRule;
import dev.lashing.registry.RegisteredRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Scans one resolved image: walks its layers once with every analyzer, infers which layers are the
 * base image's, runs the image rules on the facts and the Dockerfile rules on a Dockerfile rebuilt
 * from the history, then applies configuration (severities, per-path ignores, own-layers-only) and
 * masks every secret value the rules declared. Given the Dockerfile that built the image, it traces
 * each finding's step to its instruction ({@link DockerfileLayers}). Thread-safe; one scanner serves a run.
 */
public final class ImageScanner {
    /**
     * Dockerfile rules that judge the final image's config (user, health check, ports, labels, ENV
     * secrets) or the FROM line: on an image the image rules judge the config itself, and the rebuilt
     * Dockerfile's {@code FROM scratch} is synthetic, so these would only repeat or invent findings.
     */
    static final Set<String> NOT_ON_HISTORY = Set.of(
            "LastUserIsRoot", "MissingHealthcheck", "DevelopmentServer", "SecretInEnvOrArg", "PrivilegedPortNonRoot",
            "MissingOciLabels", "UserNotHighNumericUid", "BaseImageLatest", "BaseImageNotDigestPinned",
            "UntrustedRegistry", "EndOfLifeBaseImage", "SlimVariantAvailable", "UnofficialHubImage", "DockerignoreWeak",
            "SecretFileCopied", "CopyThenDelete", "SchemaLabelMissing", "LabelNotInSchema", "LabelSchemaInvalid",
            "CopiedArchiveExtracted", "FinalImageHasShell", "CodeOwnedByRuntimeUser", "ExposedPortOutOfRange",
            "SshPortExposed", "InlineSuppression", "MaintainerDeprecated", "RelativeCopyDestination",
            "CopyMultipleSourcesToFile");

    private final LintOptions options;
    private final Options scan;

    /**
     * How to scan, beyond rule selection.
     *
     * @param ownLayersOnly drop findings in base-image layers
     * @param baseLayers the number of base layers when the user knows it
     * @param parallelism layers read at once
     * @param limits walk limits
     * @param listener progress
     * @param nowEpochSeconds "today" for age checks
     * @param reference the reference to judge ({@code :latest}), overriding what the archive records
     */
    public record Options(boolean ownLayersOnly, OptionalInt baseLayers, int parallelism, WalkLimits limits,
            WalkListener listener, long nowEpochSeconds, Optional<String> reference) {}

    /**
     * The outcome of scanning one image.
     *
     * @param summary what reports print before the findings
     * @param findings the findings, sorted
     * @param errors problems with the input (refused entries, internal errors)
     * @param hiddenBaseFindings findings dropped by {@code ownLayersOnly}
     * @param linkedSteps history steps traced to an instruction of the given Dockerfile; 0 without one
     */
    public record ImageResult(ImageSummary summary, List<Finding> findings, List<InputError> errors,
            int hiddenBaseFindings, int linkedSteps) {}

    /** Creates a scanner. */
    public ImageScanner(LintOptions options, Options scan) {
        this.options = options;
        this.scan = scan;
    }

    /** Scans {@code image}. */
    public ImageResult scan(ResolvedImage image) throws ImageException, InterruptedException {
        return scan(image, Optional.empty());
    }

    /** Scans {@code image}, tracing findings to the instructions of {@code dockerfile} when it built the image. */
    public ImageResult scan(ResolvedImage image, Optional<DockerfileModel> dockerfile)
            throws ImageException, InterruptedException {
        ImageConfig config = image.config();
        List<FactAnalyzer<?>> analyzers = Analyzers.create(options.settings());
        WalkResult walk = new LayerWalker(scan.limits(), scan.parallelism())
                .walk(image.layers(), analyzers, scan.listener());
        BaseLayers.Split split = scan.baseLayers().isPresent()
                ? BaseLayers.ofLayers(config.history(), scan.baseLayers().getAsInt())
                : BaseLayers.infer(config.history());
        List<LayerInfo> layers = layerInfos(image, walk, split);
        Map<Class<?>, Object> facts = new HashMap<>();
        for (FactAnalyzer<?> a : analyzers) {
            facts.put(a.factType(), a.result(walk.fileSystem()));
        }
        Optional<String> reference = scan.reference().or(() -> image.references().stream().findFirst());
        ImageFacts imageFacts = new ImageFacts(image.display(), reference, config, layers, walk.fileSystem(), facts,
                options.settings(), scan.nowEpochSeconds());

        DockerfileLayers.Links links = dockerfile.map(d -> DockerfileLayers.match(config.history(), split, d))
                .orElse(DockerfileLayers.Links.none());
        ImageRun run = new ImageRun(options, image.display(), config, layers, split, links);
        List<InputError> errors = new ArrayList<>();
        for (LayerProblem p : walk.problems()) {
            errors.add(InputError.ofFile(image.display(), "layer " + (p.layer() + 1) + ": entry '" + p.name() + "' "
                    + p.reason()));
        }
        for (RegisteredRule rule : options.enabled()) {
            if (rule.implementation() instanceof ImageRule ir) {
                try {
                    ir.check(imageFacts, run.sink(rule.meta()));
                } catch (RuntimeException | StackOverflowError e) {
                    errors.add(InputError.ofFile(image.display(), "internal error in rule " + rule.meta().id() + " ("
                            + rule.meta().name() + "): " + e + "; please report it"));
                }
            }
        }
        List<Finding> findings = run.materialise();
        findings.addAll(historyFindings(run, errors));

        List<Finding> kept = new ArrayList<>();
        int hidden = 0;
        for (Finding f : findings) {
            if (scan.ownLayersOnly() && f.provenance().map(p -> p.origin() == Provenance.Origin.BASE).orElse(false)) {
                hidden++;
            } else {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparing((Finding f) -> f.location().file().path())
                .thenComparing(f -> f.location().range()).thenComparing(f -> f.rule().id()));
        String os = imageFacts.get(OsRelease.class).filter(OsRelease::known).map(OsRelease::describe).orElse("");
        return new ImageResult(summary(image, walk, split, layers, os), kept, errors, hidden, links.steps().size());
    }

    private static List<LayerInfo> layerInfos(ResolvedImage image, WalkResult walk, BaseLayers.Split split) {
        List<HistoryEntry> history = image.config().history();
        List<Optional<Integer>> steps = LayerHistory.map(history, image.layers().size());
        List<LayerInfo> out = new ArrayList<>();
        for (int i = 0; i < image.layers().size(); i++) {
            LayerBlob blob = image.layers().get(i);
            LayerStats stats = walk.layers().get(i);
            Optional<Integer> step = steps.get(i);
            out.add(new LayerInfo(i, blob.diffId(), blob.storedSize(), stats.uncompressedBytes(), stats.entries(), step,
                    step.map(h -> history.get(h).createdBy()).orElse(""), step.map(split::isBaseStep).orElse(false)));
        }
        return out;
    }

    private ImageSummary summary(ResolvedImage image, WalkResult walk, BaseLayers.Split split, List<LayerInfo> layers,
            String os) {
        ImageConfig c = image.config();
        long stored = 0;
        long uncompressed = 0;
        long files = 0;
        for (LayerInfo l : layers) {
            stored += l.storedSize();
            uncompressed += l.uncompressedSize();
        }
        for (LayerEntry e : walk.fileSystem().liveEntries()) {
            if (e.isRegular()) {
                files++;
            }
        }
        int base = split.firstOwnStep().isEmpty() ? -1 : (int) layers.stream().filter(LayerInfo::base).count();
        return new ImageSummary(image.display(), image.layout(), image.references(),
                image.manifestDigest().map(Object::toString), image.configDigest().toString(), c.platform().toString(),
                c.created().map(Object::toString).orElse(""), c.user(), layers.size(), base, split.how(), stored,
                uncompressed, files, os);
    }

    private List<Finding> historyFindings(ImageRun run, List<InputError> errors) {
        List<RegisteredRule> rules = options.enabled().stream()
                .filter(r -> r.implementation() instanceof DockerfileRule)
                .filter(r -> !NOT_ON_HISTORY.contains(r.implementation().getClass().getSimpleName()))
                .toList();
        if (rules.isEmpty() || run.config.history().isEmpty()) {
            return List.of();
        }
        HistoryDockerfile.Rebuilt rebuilt = run.rebuilt();
        SourceFile source = run.historyFile();
        LintOptions historyOptions = new LintOptions(rules, options.severity(), options.ignoredForPath(),
                options.settings(), false, Map.of(), options.codeResolver());
        FileResult result = new Linter(historyOptions).lint(source);
        List<Finding> out = new ArrayList<>();
        for (Finding f : result.findings()) {
            Optional<Integer> step = rebuilt.historyIndex(f.location().start().line());
            out.add(f.withProvenance(run.provenanceOfStep(step, true)));
        }
        for (InputError e : result.errors()) {
            errors.add(InputError.ofFile(run.name, "the Dockerfile rebuilt from the history does not parse: "
                    + e.message() + " (history-derived checks may be incomplete)"));
        }
        return out;
    }
}
