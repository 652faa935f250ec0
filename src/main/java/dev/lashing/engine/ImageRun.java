package dev.lashing.engine;

import dev.lashing.core.Finding;
import dev.lashing.core.InstructionRef;
import dev.lashing.core.Location;
import dev.lashing.core.Provenance;
import dev.lashing.core.RuleMeta;
import dev.lashing.core.Severity;
import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import dev.lashing.image.analyzers.BaseLayers;
import dev.lashing.image.analyzers.HistoryDockerfile;
import dev.lashing.image.analyzers.LayerInfo;
import dev.lashing.image.layer.LayerEntry;
import dev.lashing.image.oci.HistoryEntry;
import dev.lashing.image.oci.ImageConfig;
import dev.lashing.image.rules.ImageFindingSink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The findings of one image scan as rules report them, before masking turns them into final
 * findings: sinks for the image rules, the provenance of each finding, the masking of every secret
 * value the rules declared.
 */
final class ImageRun {
    private final LintOptions options;
    final String name;
    final ImageConfig config;
    private final List<LayerInfo> layers;
    private final BaseLayers.Split split;
    private final DockerfileLayers.Links links;
    private final Set<String> secrets = new LinkedHashSet<>();
    private final List<Pending> pending = new ArrayList<>();
    private final Map<String, String> contentTexts = new HashMap<>();
    private final Map<String, SourceFile> files = new HashMap<>();
    private HistoryDockerfile.Rebuilt rebuilt;
    private SourceFile history;

    ImageRun(LintOptions options, String name, ImageConfig config, List<LayerInfo> layers, BaseLayers.Split split,
            DockerfileLayers.Links links) {
        this.options = options;
        this.name = name;
        this.config = config;
        this.layers = layers;
        this.split = split;
        this.links = links;
    }

    private record Pending(RuleMeta rule, Severity severity, String message, Kind kind, String key, TextRange range,
            Provenance provenance) {}

    private enum Kind { CONFIG, FILE, CONTENT, HISTORY }

    ImageFindingSink sink(RuleMeta meta) {
        Severity configured = options.severity().apply(meta);
        boolean overridden = configured != meta.severity();
        return new ImageFindingSink() {
            private Severity severity(Severity given) {
                return given == null || overridden ? configured : given;
            }

            @Override
            public void config(String pointer, String message, Severity severity) {
                if (ignored(meta, name + "!config.json")) {
                    return;
                }
                Location at = config.location(pointer);
                pending.add(new Pending(meta, severity(severity), message, Kind.CONFIG, "", at.range(),
                        provenanceOfStep(stepSetting(pointer), false)));
            }

            @Override
            public void file(LayerEntry entry, String message, Severity severity) {
                if (ignored(meta, entry.path())) {
                    return;
                }
                pending.add(new Pending(meta, severity(severity), message, Kind.FILE, entry.absolutePath(),
                        TextRange.at(0), provenanceOfLayer(entry.layer())));
            }

            @Override
            public void content(LayerEntry entry, String text, TextRange range, String masked, String message,
                    Severity severity) {
                if (ignored(meta, entry.path())) {
                    return;
                }
                String key = entry.layer() + ":" + entry.absolutePath();
                String current = contentTexts.getOrDefault(key, text);
                contentTexts.put(key, current.substring(0, range.start()) + pad(masked, range.length())
                        + current.substring(range.end()));
                pending.add(new Pending(meta, severity(severity), message, Kind.CONTENT, key, range,
                        provenanceOfLayer(entry.layer())));
            }

            @Override
            public void history(int historyIndex, String message, Severity severity) {
                if (ignored(meta, name + "!history")) {
                    return;
                }
                pending.add(new Pending(meta, severity(severity), message, Kind.HISTORY, String.valueOf(historyIndex),
                        null, provenanceOfStep(Optional.of(historyIndex), false)));
            }

            @Override
            public void image(String message, Severity severity) {
                if (ignored(meta, name + "!config.json")) {
                    return;
                }
                pending.add(new Pending(meta, severity(severity), message, Kind.CONFIG, "",
                        config.location("").range(), new Provenance(name, -1, "", "", Provenance.Origin.OWN, false)));
            }

            @Override
            public void mask(String secretValue) {
                if (secretValue != null && secretValue.length() >= 3) {
                    secrets.add(secretValue);
                }
            }
        };
    }

    private boolean ignored(RuleMeta meta, String path) {
        return options.ignoredForPath().test(path, meta.id());
    }

    /** The history step that set a config value, found by the instruction that sets it. */
    private Optional<Integer> stepSetting(String pointer) {
        String keyword = pointer.startsWith("/config/User") ? "USER"
                : pointer.startsWith("/config/Env") ? "ENV"
                : pointer.startsWith("/config/Healthcheck") ? "HEALTHCHECK"
                : pointer.startsWith("/config/ExposedPorts") ? "EXPOSE"
                : pointer.startsWith("/config/Volumes") ? "VOLUME"
                : pointer.startsWith("/config/Cmd") ? "CMD"
                : pointer.startsWith("/config/Entrypoint") ? "ENTRYPOINT"
                : pointer.startsWith("/config/Labels") ? "LABEL"
                : pointer.startsWith("/config/WorkingDir") ? "WORKDIR" : null;
        if (keyword == null) {
            return Optional.empty();
        }
        String envName = "";
        if (keyword.equals("ENV")) {
            List<String> env = config.env();
            try {
                int i = Integer.parseInt(pointer.substring("/config/Env/".length()));
                String e = env.get(i);
                envName = e.contains("=") ? e.substring(0, e.indexOf('=')) : e;
            } catch (RuntimeException e) {
                envName = "";
            }
        }
        List<HistoryEntry> history = config.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            String line = HistoryDockerfile.instructionOf(history.get(i).createdBy());
            if (line.startsWith(keyword + " ") && (envName.isEmpty() || line.contains(envName))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    Provenance provenanceOfStep(Optional<Integer> step, boolean historyDerived) {
        if (step.isEmpty()) {
            return new Provenance(name, -1, "", "", Provenance.Origin.OWN, historyDerived);
        }
        int h = step.get();
        for (LayerInfo l : layers) {
            if (l.historyIndex().equals(step)) {
                return new Provenance(name, l.index(), l.diffId().toString(), mask(l.createdBy()),
                        l.base() ? Provenance.Origin.BASE : Provenance.Origin.OWN, historyDerived,
                        instruction(h));
            }
        }
        return new Provenance(name, -1, "", mask(config.history().get(h).createdBy()),
                split.isBaseStep(h) ? Provenance.Origin.BASE : Provenance.Origin.OWN, historyDerived,
                instruction(h));
    }

    /** The Dockerfile instruction of history step {@code h}, its text masked. */
    private Optional<InstructionRef> instruction(int h) {
        return links.reference(h).map(r -> r.withText(mask(r.text())));
    }

    private Provenance provenanceOfLayer(int index) {
        LayerInfo l = layers.get(index);
        Provenance.Origin origin = split.firstOwnStep().isEmpty() ? Provenance.Origin.UNKNOWN
                : l.base() ? Provenance.Origin.BASE : Provenance.Origin.OWN;
        return new Provenance(name, index, l.diffId().toString(), mask(l.createdBy()), origin, false,
                l.historyIndex().flatMap(this::instruction));
    }

    /** Replaces every declared secret in {@code text}, keeping the length so offsets hold. */
    String mask(String text) {
        return SecretMasking.masked(text, secrets);
    }

    /** The Dockerfile rebuilt from the history with every declared secret masked; call after the rules ran. */
    HistoryDockerfile.Rebuilt rebuilt() {
        if (rebuilt == null) {
            List<HistoryEntry> masked = new ArrayList<>();
            for (HistoryEntry h : config.history()) {
                masked.add(new HistoryEntry(h.created(), mask(h.createdBy()), h.comment(), h.emptyLayer()));
            }
            rebuilt = HistoryDockerfile.rebuild(masked);
        }
        return rebuilt;
    }

    SourceFile historyFile() {
        if (history == null) {
            history = new SourceFile(name + "!history", rebuilt().text());
        }
        return history;
    }

    /** {@code p} with the secrets declared by every rule masked, including those declared after it was made. */
    private Provenance masked(Provenance p) {
        return new Provenance(p.image(), p.layer(), p.layerDigest(), mask(p.step()), p.origin(), p.historyDerived(),
                p.instruction().map(r -> r.withText(mask(r.text()))));
    }

    List<Finding> materialise() {
        SourceFile configFile = null;
        List<Finding> out = new ArrayList<>();
        for (Pending p : pending) {
            Location where;
            switch (p.kind) {
                case CONFIG -> {
                    if (configFile == null) {
                        SourceFile original = config.location("").file();
                        configFile = new SourceFile(original.path(), mask(original.text()));
                    }
                    where = new Location(configFile, p.range);
                }
                case FILE -> where = new Location(files.computeIfAbsent(p.key,
                        k -> new SourceFile(name + "!" + k, "")), p.range);
                case CONTENT -> {
                    String path = p.key.substring(p.key.indexOf(':') + 1);
                    SourceFile f = files.computeIfAbsent(p.key, k -> new SourceFile(name + "!" + path,
                            mask(contentTexts.get(k))));
                    where = new Location(f, p.range);
                }
                case HISTORY -> {
                    SourceFile f = historyFile();
                    int index = Integer.parseInt(p.key);
                    int line = 1;
                    for (int l = 1; l <= f.lineCount(); l++) {
                        if (rebuilt().historyIndex(l).equals(Optional.of(index))) {
                            line = l;
                            break;
                        }
                    }
                    where = new Location(f, new TextRange(f.lineStart(line), f.lineContentEnd(line)));
                }
                default -> throw new IllegalStateException();
            }
            out.add(new Finding(p.rule, p.severity, mask(p.message), where, Optional.empty(),
                    Optional.of(masked(p.provenance))));
        }
        return out;
    }

    private static String pad(String masked, int length) {
        if (masked.length() >= length) {
            return masked.substring(0, length);
        }
        return masked + "*".repeat(length - masked.length());
    }
}
