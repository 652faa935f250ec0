package dev.lashing.files;

import dev.lashing.core.InputError;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns command-line arguments into the Dockerfiles to lint.
 *
 * <p>A file argument is always linted, whatever its name and even when ignored. A directory argument
 * is walked: files named {@code Dockerfile}, {@code dockerfile}, {@code Containerfile},
 * {@code *.Dockerfile}, {@code *.dockerfile}, {@code *.Containerfile}, {@code Dockerfile.*} or
 * {@code Containerfile.*} are kept, except ignore files ({@code *.dockerignore},
 * {@code *.containerignore}) and names whose last extension says they are something else (see
 * {@link #isDockerfileName}). The walk skips {@code .git}, {@code .hg}, {@code .svn} and
 * {@code node_modules}, honours {@code .gitignore} files (root, nested, and those of parent
 * directories up to the repository root) and {@code .git/info/exclude}, and the configured exclude
 * globs. It never follows symbolic links: symlinked directories are not entered and symlinked files
 * found by the walk are skipped (name them explicitly to lint them). {@code -} is standard input.
 * The result is sorted by display path and deduplicated by real path.
 */
public final class FileDiscovery {
    private static final Set<String> SKIPPED_DIRS = Set.of(".git", ".hg", ".svn", "node_modules");

    /** Extensions after {@code Dockerfile.} that mark documentation, backups, templates or other formats. */
    private static final Set<String> NON_DOCKERFILE_EXTENSIONS = Set.of(
            "md", "markdown", "rst", "txt", "adoc", "html", "pdf",
            "orig", "rej", "bak", "old", "swp", "swo", "tmp", "patch", "diff",
            "sh", "bash", "ps1", "py", "json", "yaml", "yml", "toml", "xml", "lock", "sum",
            "j2", "jinja", "jinja2", "tmpl", "tpl", "template", "erb", "mustache", "hbs", "gotmpl",
            "dockerignore", "containerignore", "gitignore");

    private FileDiscovery() {}

    /** Discovers the files named by {@code args}; exclude globs are relative to {@code cwd}. */
    public static Discovered discover(List<String> args, Path cwd, List<String> excludeGlobs) {
        return discover(args, cwd, excludeGlobs, cwd);
    }

    /** Discovers the files named by {@code args}; exclude globs are relative to {@code excludeBase}. */
    public static Discovered discover(List<String> args, Path cwd, List<String> excludeGlobs, Path excludeBase) {
        return discover(args, cwd, excludeGlobs, excludeBase, file -> isDockerfileName(file.getFileName().toString()));
    }

    /**
     * Discovers the files named by {@code args}, keeping from directory walks the files {@code wanted}
     * accepts (files named on the command line are always kept); exclude globs are relative to
     * {@code excludeBase}.
     */
    public static Discovered discover(List<String> args, Path cwd, List<String> excludeGlobs, Path excludeBase,
            java.util.function.Predicate<Path> wanted) {
        Path base = cwd.toAbsolutePath().normalize();
        Path exBase = excludeBase.toAbsolutePath().normalize();
        List<Glob> excludes = excludeGlobs.stream().map(Glob::compile).toList();
        Map<String, InputFile> byKey = new LinkedHashMap<>();
        List<InputError> errors = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals(InputFile.STDIN)) {
                byKey.putIfAbsent(InputFile.STDIN, InputFile.stdin());
                continue;
            }
            Path p = base.resolve(arg).normalize();
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.exists(p)) {
                errors.add(InputError.ofFile(arg, "no such file or directory"));
                continue;
            }
            if (Files.isDirectory(p)) {
                try {
                    walk(arg, p, base, excludes, exBase, byKey, wanted);
                } catch (IOException e) {
                    errors.add(InputError.ofFile(arg, reason(e)));
                }
            } else {
                byKey.putIfAbsent(key(p), InputFile.of(display(arg, p, p, base), p));
            }
        }
        List<InputFile> files = new ArrayList<>(byKey.values());
        files.sort(Comparator.comparing(InputFile::displayPath));
        return new Discovered(files, errors);
    }

    /**
     * True when a file found by a directory walk is a Dockerfile by name. {@code Dockerfile.<ext>}
     * and {@code Containerfile.<ext>} are kept unless {@code <ext>} (the last dot-separated part,
     * compared case-insensitively) is a documentation, backup, script, data or template extension
     * such as {@code md}, {@code orig}, {@code sh}, {@code yaml} or {@code j2}; {@code *.dockerignore}
     * and {@code *.containerignore} are never Dockerfiles.
     */
    public static boolean isDockerfileName(String name) {
        if (name.equals("Dockerfile") || name.equals("dockerfile") || name.equals("Containerfile")) {
            return true;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".dockerignore") || lower.endsWith(".containerignore") || name.endsWith("~")) {
            return false;
        }
        if (name.endsWith(".Dockerfile") || name.endsWith(".dockerfile") || name.endsWith(".Containerfile")) {
            return !name.startsWith(".") || name.indexOf('.', 1) > 0;
        }
        if (name.startsWith("Dockerfile.") || name.startsWith("Containerfile.")) {
            String ext = lower.substring(lower.lastIndexOf('.') + 1);
            return !ext.isEmpty() && !NON_DOCKERFILE_EXTENSIONS.contains(ext);
        }
        return false;
    }

    private static void walk(String arg, Path root, Path cwd, List<Glob> excludes, Path exBase,
            Map<String, InputFile> out, java.util.function.Predicate<Path> wanted) throws IOException {
        Deque<Scoped> ignores = new ArrayDeque<>(ancestorIgnores(root));
        Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (!dir.equals(root)) {
                            if (SKIPPED_DIRS.contains(dir.getFileName().toString())
                                    || ignored(dir, true, ignores) || excluded(dir, true, excludes, exBase)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                        }
                        IgnoreFile.read(dir.resolve(".gitignore")).ifPresent(f -> ignores.push(new Scoped(dir, f)));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                        if (!ignores.isEmpty() && ignores.peek().dir().equals(dir)) {
                            ignores.pop();
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && !ignored(file, false, ignores)
                                && !excluded(file, false, excludes, exBase) && wanted.test(file)) {
                            out.putIfAbsent(key(file), InputFile.of(display(arg, root, file, cwd), file));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE; // unreadable entries below a directory are skipped
                    }
                });
    }

    private record Scoped(Path dir, IgnoreFile file) {}

    /** The ignore files that apply from above {@code root}: parents up to the git root, and .git/info/exclude. */
    private static List<Scoped> ancestorIgnores(Path root) {
        Path gitRoot = null;
        for (Path d = root; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                gitRoot = d;
                break;
            }
        }
        List<Scoped> deepestFirst = new ArrayList<>();
        if (gitRoot == null) {
            return deepestFirst;
        }
        for (Path d = root.getParent(); d != null && d.startsWith(gitRoot); d = d.getParent()) {
            Path dir = d;
            IgnoreFile.read(d.resolve(".gitignore")).ifPresent(f -> deepestFirst.add(new Scoped(dir, f)));
        }
        Path gr = gitRoot;
        IgnoreFile.read(gitRoot.resolve(".git").resolve("info").resolve("exclude"))
                .ifPresent(f -> deepestFirst.add(new Scoped(gr, f)));
        return deepestFirst;
    }

    private static boolean ignored(Path p, boolean directory, Deque<Scoped> ignores) {
        for (Scoped s : ignores) { // deepest first: nested .gitignore files override their parents
            if (!p.startsWith(s.dir())) {
                continue;
            }
            Optional<Boolean> d = s.file().decide(slashed(s.dir().relativize(p)), directory);
            if (d.isPresent()) {
                return d.get();
            }
        }
        return false;
    }

    private static boolean excluded(Path p, boolean directory, List<Glob> excludes, Path exBase) {
        if (excludes.isEmpty() || !p.startsWith(exBase) || p.equals(exBase)) {
            return false;
        }
        String rel = slashed(exBase.relativize(p));
        return excludes.stream().anyMatch(g -> g.matches(rel, directory));
    }

    private static String display(String arg, Path root, Path file, Path cwd) {
        if (file.startsWith(cwd) && !file.equals(cwd)) {
            return slashed(cwd.relativize(file));
        }
        String rel = slashed(root.relativize(file));
        String given = arg.replace('\\', '/');
        if (rel.isEmpty()) {
            return given;
        }
        return given.endsWith("/") ? given + rel : given + "/" + rel;
    }

    private static String key(Path p) {
        try {
            return p.toRealPath().toString();
        } catch (IOException e) {
            return p.toString();
        }
    }

    static String slashed(Path p) {
        return p.toString().replace(p.getFileSystem().getSeparator(), "/");
    }

    static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            m = fse.getReason();
        }
        return m == null ? e.getClass().getSimpleName() : m.toLowerCase(Locale.ROOT);
    }
}
