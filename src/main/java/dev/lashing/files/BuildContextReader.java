package dev.lashing.files;

import dev.lashing.dockerfile.model.BuildContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.Optional;

/**
 * Reads the facts rules need about a Dockerfile's build context: which ignore file applies
 * ({@code <Dockerfile>.dockerignore} beside it wins over {@code .dockerignore}, as in BuildKit) and
 * which sensitive entries of the context directory it lets through. Patterns are matched with
 * {@link Glob}; for the top-level names checked here gitignore and dockerignore semantics agree.
 */
public final class BuildContextReader {
    /** Entries whose presence in a build context is a leak waiting to happen. */
    static final List<String> SENSITIVE = List.of(".git", ".env", ".aws", ".ssh", ".npmrc", ".pypirc", ".netrc",
            ".docker", "id_rsa", "id_ed25519", ".git-credentials", "terraform.tfstate", ".kube");
    /** Ignore files larger than this are not read (and count as absent). */
    static final long MAX_BYTES = 1 << 20;

    private BuildContextReader() {}

    /**
     * Reads build contexts for one run, listing each directory's scripts once: a run over many
     * Dockerfiles in one directory (a monorepo, the corpus) must not list it once per file.
     */
    public static final class PerRun {
        private final Map<Path, Map<String, String>> scripts = new ConcurrentHashMap<>();

        /** The build context facts of {@code dockerfile}, or empty when its directory cannot be read. */
        public Optional<BuildContext> read(Path dockerfile) {
            return BuildContextReader.read(dockerfile, dir -> scripts.computeIfAbsent(dir, BuildContextReader::scripts));
        }
    }

    /** The build context facts of {@code dockerfile}, or empty when its directory cannot be read. */
    public static Optional<BuildContext> read(Path dockerfile) {
        return read(dockerfile, BuildContextReader::scripts);
    }

    private static Optional<BuildContext> read(Path dockerfile, Function<Path, Map<String, String>> scriptsOf) {
        Path dir = dockerfile.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return Optional.empty();
        }
        Path specific = dir.resolve(dockerfile.getFileName() + ".dockerignore");
        Path general = dir.resolve(".dockerignore");
        Path ignore = Files.isRegularFile(specific) ? specific : Files.isRegularFile(general) ? general : null;
        List<String> patterns = new ArrayList<>();
        if (ignore != null) {
            try {
                if (Files.size(ignore) <= MAX_BYTES) {
                    for (String line : Files.readString(ignore, StandardCharsets.UTF_8).split("\n")) {
                        String p = line.strip();
                        if (!p.isEmpty() && !p.startsWith("#")) {
                            patterns.add(p);
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                ignore = null;
            }
        }
        List<String> exposed = new ArrayList<>();
        for (String name : SENSITIVE) {
            Path entry = dir.resolve(name);
            if (Files.exists(entry, LinkOption.NOFOLLOW_LINKS)
                    && !excluded(name, Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS), patterns)) {
                exposed.add(name);
            }
        }
        return Optional.of(new BuildContext(Optional.ofNullable(ignore).map(p -> p.getFileName().toString()), exposed,
                scriptsOf.apply(dir)));
    }

    /** Scripts read per context, and the size of each, at most. */
    static final int MAX_SCRIPTS = 32;
    static final long MAX_SCRIPT_BYTES = 256 * 1024;

    /**
     * The small shell scripts at the top of the context directory ({@code *.sh}, or a name with
     * "entrypoint"), symbolic links excluded, so rules can judge the entrypoint a Dockerfile copies in.
     */
    static Map<String, String> scripts(Path dir) {
        Map<String, String> out = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (out.size() >= MAX_SCRIPTS || !(name.endsWith(".sh") || name.contains("entrypoint"))
                        || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.size(p) > MAX_SCRIPT_BYTES) {
                    continue;
                }
                out.put(name, Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            // unreadable scripts are simply not judged
        }
        return out;
    }

    /** The last matching pattern wins; {@code !pattern} re-includes. Unparseable patterns are skipped. */
    static boolean excluded(String name, boolean directory, List<String> patterns) {
        boolean excluded = false;
        for (String raw : patterns) {
            boolean negate = raw.startsWith("!");
            String p = negate ? raw.substring(1) : raw;
            if (p.startsWith("./")) {
                p = p.substring(2);
            }
            try {
                if (Glob.compile(p).matches(name, directory)) {
                    excluded = !negate;
                }
            } catch (IllegalArgumentException e) {
                // a malformed pattern excludes nothing, as BuildKit reports it and stops
            }
        }
        return excluded;
    }
}
