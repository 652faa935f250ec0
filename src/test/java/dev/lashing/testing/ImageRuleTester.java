package dev.lashing.testing;

import dev.lashing.core.Location;
import dev.lashing.core.Severity;
import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import dev.lashing.image.analyzers.Analyzers;
import dev.lashing.image.analyzers.FactAnalyzer;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.image.analyzers.LayerHistory;
import dev.lashing.image.analyzers.LayerInfo;
import dev.lashing.image.layer.ImageFileSystem;
import dev.lashing.image.layer.LayerEntry;
import dev.lashing.image.layer.LayerEntry.EntryType;
import dev.lashing.image.oci.Digest;
import dev.lashing.image.oci.Healthcheck;
import dev.lashing.image.oci.HistoryEntry;
import dev.lashing.image.oci.ImageConfig;
import dev.lashing.image.rules.ImageFindingSink;
import dev.lashing.image.rules.ImageRule;
import dev.lashing.rules.Settings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs image rules on an image described in code: config values, layers with files, history. The
 * registered analyzers ({@link Analyzers}) see every entry exactly as the walker would show it
 * (content truncated to their maximum), then the rules run on the facts; what they report is
 * recorded as {@link Reported} values.
 */
public final class ImageRuleTester {
    /** The fixed "now" of every test: 2026-11-23T00:00:00Z. */
    public static final long NOW = Instant.parse("2026-11-23T00:00:00Z").getEpochSecond();

    private final List<ImageRule> rules;

    private ImageRuleTester(List<ImageRule> rules) {
        this.rules = rules;
    }

    /** A tester for the given rule classes (each with a public no-argument constructor). */
    public static ImageRuleTester of(Class<?>... ruleClasses) {
        List<ImageRule> rules = new ArrayList<>();
        for (Class<?> c : ruleClasses) {
            try {
                rules.add((ImageRule) c.getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return new ImageRuleTester(rules);
    }

    /** A new image description: no layers, empty config, created at {@link #NOW}. */
    public static ImageBuilder image() {
        return new ImageBuilder();
    }

    /**
     * What a rule reported.
     *
     * @param kind CONFIG, FILE, CONTENT, HISTORY or IMAGE
     * @param target the JSON pointer, {@code /path} (with {@code @layer} appended for files), history index or ""
     * @param message the message
     * @param severity the severity given, or null for the rule's default
     */
    public record Reported(String kind, String target, String message, Severity severity) {}

    /** Runs the analyzers and rules on the image and returns what the rules reported, in order. */
    public List<Reported> check(ImageBuilder image) {
        return check(image.build());
    }

    /** Runs the rules on already-built facts. */
    public List<Reported> check(ImageFacts facts) {
        List<Reported> out = new ArrayList<>();
        ImageFindingSink sink = new ImageFindingSink() {
            @Override
            public void config(String jsonPointer, String message, Severity severity) {
                out.add(new Reported("CONFIG", jsonPointer, message, severity));
            }

            @Override
            public void file(LayerEntry entry, String message, Severity severity) {
                out.add(new Reported("FILE", entry.absolutePath() + "@" + entry.layer(), message, severity));
            }

            @Override
            public void content(LayerEntry entry, String text, TextRange range, String masked, String message,
                    Severity severity) {
                if (message.contains(text.substring(range.start(), range.end()))) {
                    throw new AssertionError("a content finding's message shows the secret: " + message);
                }
                out.add(new Reported("CONTENT", entry.absolutePath() + "@" + entry.layer() + ":" + range.start()
                        + "-" + range.end(), message, severity));
            }

            @Override
            public void history(int historyIndex, String message, Severity severity) {
                out.add(new Reported("HISTORY", String.valueOf(historyIndex), message, severity));
            }

            @Override
            public void mask(String secretValue) {
                // declared for masking; the engine's masking is tested in the CLI tests
            }

            @Override
            public void image(String message, Severity severity) {
                out.add(new Reported("IMAGE", "", message, severity));
            }
        };
        for (ImageRule r : rules) {
            r.check(facts, sink);
        }
        return out;
    }

    /** Builds an image description. Methods return this for chaining. */
    public static final class ImageBuilder {
        private String user = "";
        private final List<String> env = new ArrayList<>();
        private List<String> entrypoint = List.of();
        private List<String> cmd = List.of();
        private String workingDir = "";
        private final LinkedHashSet<String> exposed = new LinkedHashSet<>();
        private final LinkedHashSet<String> volumes = new LinkedHashSet<>();
        private final Map<String, String> labels = new LinkedHashMap<>();
        private Optional<Healthcheck> healthcheck = Optional.empty();
        private Optional<Instant> created = Optional.of(Instant.ofEpochSecond(NOW));
        private final List<HistoryEntry> history = new ArrayList<>();
        private final List<List<LayerEntry>> layers = new ArrayList<>();
        private final List<Map<String, byte[]>> contents = new ArrayList<>();
        private final Map<String, String> settings = new HashMap<>();
        private final Map<String, List<String>> listSettings = new HashMap<>();
        private Optional<String> reference = Optional.empty();
        private int baseLayers;
        private String name = "test-image.tar";

        private ImageBuilder() {}

        /** Sets {@code config.User}. */
        public ImageBuilder user(String value) {
            user = value;
            return this;
        }

        /** Adds {@code config.Env} entries ({@code NAME=value}). */
        public ImageBuilder env(String... entries) {
            env.addAll(Arrays.asList(entries));
            return this;
        }

        /** Sets {@code config.Entrypoint}. */
        public ImageBuilder entrypoint(String... args) {
            entrypoint = List.of(args);
            return this;
        }

        /** Sets {@code config.Cmd}. */
        public ImageBuilder cmd(String... args) {
            cmd = List.of(args);
            return this;
        }

        /** Sets {@code config.WorkingDir}. */
        public ImageBuilder workingDir(String dir) {
            workingDir = dir;
            return this;
        }

        /** Adds exposed ports such as {@code 80/tcp}. */
        public ImageBuilder expose(String... ports) {
            exposed.addAll(Arrays.asList(ports));
            return this;
        }

        /** Adds volumes. */
        public ImageBuilder volume(String... paths) {
            volumes.addAll(Arrays.asList(paths));
            return this;
        }

        /** Adds a label. */
        public ImageBuilder label(String key, String value) {
            labels.put(key, value);
            return this;
        }

        /** Sets the health check test, e.g. {@code "CMD", "/bin/true"} or {@code "NONE"}. */
        public ImageBuilder healthcheck(String... test) {
            healthcheck = Optional.of(new Healthcheck(List.of(test), 0, 0, 0, 0));
            return this;
        }

        /** Sets (or with null clears) the creation time. */
        public ImageBuilder created(Instant when) {
            created = Optional.ofNullable(when);
            return this;
        }

        /** Sets the reference the image was named by, e.g. {@code app:latest}. */
        public ImageBuilder reference(String ref) {
            reference = Optional.of(ref);
            return this;
        }

        /** Sets the display name. */
        public ImageBuilder name(String displayName) {
            name = displayName;
            return this;
        }

        /** Adds a history step that made no layer (ENV, CMD, ...). */
        public ImageBuilder step(String createdBy) {
            history.add(new HistoryEntry(created, createdBy, "", true));
            return this;
        }

        /** Starts a new layer, recording {@code createdBy} as the history step that made it. */
        public ImageBuilder layer(String createdBy) {
            history.add(new HistoryEntry(created, createdBy, "", false));
            layers.add(new ArrayList<>());
            contents.add(new HashMap<>());
            return this;
        }

        /** Marks the first {@code n} layers as the base image's. */
        public ImageBuilder baseLayers(int n) {
            baseLayers = n;
            return this;
        }

        /** Sets a rule setting. */
        public ImageBuilder setting(String key, String value) {
            settings.put(key, value);
            return this;
        }

        /** Sets a list rule setting. */
        public ImageBuilder setting(String key, List<String> values) {
            listSettings.put(key, List.copyOf(values));
            return this;
        }

        /** Adds a root-owned regular file with mode 0644 to the current layer. */
        public ImageBuilder file(String path, String content) {
            return file(path, 0644, 0, 0, content);
        }

        /** Adds a regular file to the current layer. */
        public ImageBuilder file(String path, int mode, long uid, long gid, String content) {
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            add(new LayerEntry(current(), strip(path), EntryType.FILE, mode, uid, gid, bytes.length, "", NOW));
            contents.get(current()).put(strip(path), bytes);
            return this;
        }

        /** Adds a directory to the current layer. */
        public ImageBuilder dir(String path, int mode, long uid, long gid) {
            return add(new LayerEntry(current(), strip(path), EntryType.DIRECTORY, mode, uid, gid, 0, "", NOW));
        }

        /** Adds a symbolic link to the current layer. */
        public ImageBuilder symlink(String path, String target) {
            return add(new LayerEntry(current(), strip(path), EntryType.SYMLINK, 0777, 0, 0, 0, target, NOW));
        }

        /** Adds an entry of another type (device, FIFO, hard link) to the current layer. */
        public ImageBuilder entry(String path, EntryType type, int mode, String linkTarget) {
            return add(new LayerEntry(current(), strip(path), type, mode, 0, 0, 0, linkTarget, NOW));
        }

        /** Adds a whiteout deleting {@code path} from lower layers. */
        public ImageBuilder whiteout(String path) {
            return add(new LayerEntry(current(), strip(path), EntryType.WHITEOUT, 0, 0, 0, 0, "", NOW));
        }

        /** Adds an opaque marker emptying directory {@code dir} of lower layers' content. */
        public ImageBuilder opaque(String dir) {
            return add(new LayerEntry(current(), strip(dir), EntryType.OPAQUE, 0, 0, 0, 0, "", NOW));
        }

        private ImageBuilder add(LayerEntry e) {
            layers.get(current()).add(e);
            return this;
        }

        private int current() {
            if (layers.isEmpty()) {
                layer("test layer");
            }
            return layers.size() - 1;
        }

        private static String strip(String p) {
            return p.startsWith("/") ? p.substring(1) : p;
        }

        /** Runs every registered analyzer over the layers and assembles the facts. */
        public ImageFacts build() {
            Settings s = settings();
            List<FactAnalyzer<?>> analyzers = Analyzers.create(s);
            for (int i = 0; i < layers.size(); i++) {
                for (LayerEntry e : layers.get(i)) {
                    byte[] bytes = contents.get(i).getOrDefault(e.path(), new byte[0]);
                    for (FactAnalyzer<?> a : analyzers) {
                        if (!a.wants(e)) {
                            continue;
                        }
                        int n = (int) Math.min(bytes.length, e.isRegular() ? a.maxContentBytes() : 0);
                        try (InputStream in = new ByteArrayInputStream(bytes, 0, n)) {
                            a.accept(e, in, n < bytes.length && e.type() == EntryType.FILE);
                        } catch (IOException ex) {
                            throw new UncheckedIOException(ex);
                        }
                    }
                }
            }
            ImageFileSystem fs = ImageFileSystem.merge(layers);
            Map<Class<?>, Object> facts = new HashMap<>();
            for (FactAnalyzer<?> a : analyzers) {
                facts.put(a.factType(), a.result(fs));
            }
            List<Optional<Integer>> steps = LayerHistory.map(history, layers.size());
            List<LayerInfo> infos = new ArrayList<>();
            for (int i = 0; i < layers.size(); i++) {
                long size = 0;
                for (byte[] b : contents.get(i).values()) {
                    size += b.length;
                }
                Optional<Integer> step = steps.get(i);
                infos.add(new LayerInfo(i, Digest.of("sha256", ("layer" + i).getBytes(StandardCharsets.UTF_8)),
                        size, size, layers.get(i).size(), step,
                        step.map(h -> history.get(h).createdBy()).orElse(""), i < baseLayers));
            }
            SourceFile doc = new SourceFile(name + "!config.json", "{}");
            ImageConfig config = new ImageConfig(created, "linux", "amd64", "", user, env, entrypoint, cmd,
                    workingDir, exposed, volumes, labels, healthcheck, "",
                    infos.stream().map(LayerInfo::diffId).toList(), history,
                    pointer -> new Location(doc, new TextRange(0, 2)));
            return new ImageFacts(name, reference, config, infos, fs, facts, s, NOW);
        }

        private Settings settings() {
            return new Settings() {
                @Override
                public List<String> stringList(String key) {
                    return listSettings.getOrDefault(key, List.of());
                }

                @Override
                public Map<String, String> stringMap(String key) {
                    return Map.of();
                }

                @Override
                public boolean bool(String key, boolean fallback) {
                    String v = settings.get(key);
                    return v == null ? fallback : Boolean.parseBoolean(v);
                }

                @Override
                public String string(String key, String fallback) {
                    return settings.getOrDefault(key, fallback);
                }
            };
        }
    }
}
