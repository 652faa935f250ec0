package dev.lashing.image.rules;

import dev.lashing.image.layer.ImageFileSystem;
import dev.lashing.image.layer.LayerEntry;
import dev.lashing.image.layer.LayerEntry.EntryType;
import dev.lashing.image.oci.ImageConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The paths of an image that hold the code its container runs: the {@code PATH} directories and the
 * files directly in them, the {@code WorkingDir} tree, and the Entrypoint/Cmd executable (with the
 * script or jar an interpreter is given), each with why it counts.
 */
public final class RuntimeCode {
    /** Docker's default PATH when the config sets none. */
    public static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
    private static final Set<String> INTERPRETERS = Set.of("sh", "bash", "ash", "dash", "zsh", "python", "python2",
            "python3", "node", "ruby", "perl", "php", "java", "deno", "bun");

    private RuntimeCode() {}

    /** The PATH directories of {@code config} ({@code PATH} in Env, the last one wins), absolute ones only. */
    public static List<String> pathDirectories(ImageConfig config) {
        String path = DEFAULT_PATH;
        for (String e : config.env()) {
            if (e.startsWith("PATH=")) {
                path = e.substring(5);
            }
        }
        List<String> out = new ArrayList<>();
        for (String d : path.split(":")) {
            if (d.startsWith("/") && !out.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /** Code paths by entry path, in discovery order, each with its reason (e.g. {@code on PATH}). */
    public static Map<LayerEntry, String> collect(ImageConfig config, ImageFileSystem fs) {
        Map<LayerEntry, String> out = new LinkedHashMap<>();
        for (LayerEntry exe : executables(config, fs)) {
            out.putIfAbsent(exe, "run by the image's Entrypoint/Cmd");
        }
        for (String dir : pathDirectories(config)) {
            Optional<LayerEntry> d = fs.resolve(dir);
            if (d.isEmpty() || d.get().type() != EntryType.DIRECTORY) {
                continue;
            }
            out.putIfAbsent(d.get(), "a PATH directory");
            String prefix = d.get().path() + "/";
            for (LayerEntry e : fs.liveUnder(d.get().path())) {
                if (e.path().indexOf('/', prefix.length()) < 0 && e.type() != EntryType.SYMLINK) {
                    out.putIfAbsent(e, "on PATH (" + dir + ")");
                }
            }
        }
        String wd = config.workingDir();
        if (!wd.isEmpty() && !wd.equals("/")) {
            fs.resolve(wd).filter(d -> d.type() == EntryType.DIRECTORY).ifPresent(d -> {
                out.putIfAbsent(d, "the WorkingDir");
                for (LayerEntry e : fs.liveUnder(d.path())) {
                    if (e.type() != EntryType.SYMLINK) {
                        out.putIfAbsent(e, "in the WorkingDir " + wd);
                    }
                }
            });
        }
        return out;
    }

    /** The Entrypoint/Cmd executable and, for an interpreter, its script or jar, when they are in the image. */
    static List<LayerEntry> executables(ImageConfig config, ImageFileSystem fs) {
        List<String> argv = new ArrayList<>(config.entrypoint());
        argv.addAll(config.cmd());
        List<LayerEntry> out = new ArrayList<>();
        if (argv.isEmpty()) {
            return out;
        }
        String exe = argv.get(0);
        find(exe, config, fs).ifPresent(out::add);
        String base = exe.substring(exe.lastIndexOf('/') + 1);
        if (INTERPRETERS.contains(base)) {
            for (int i = 1; i < argv.size(); i++) {
                String a = argv.get(i);
                if (a.equals("-c")) {
                    break; // a command string, not a script file
                }
                if (a.equals("-jar") && i + 1 < argv.size()) {
                    find(argv.get(i + 1), config, fs).ifPresent(out::add);
                    break;
                }
                if (!a.startsWith("-")) {
                    if (a.contains("/") || a.contains(".")) {
                        find(a, config, fs).ifPresent(out::add);
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** A command word resolved as the runtime would: absolute, relative to WorkingDir, or looked up on PATH. */
    private static Optional<LayerEntry> find(String word, ImageConfig config, ImageFileSystem fs) {
        if (word.isEmpty()) {
            return Optional.empty();
        }
        if (word.startsWith("/")) {
            return fs.resolve(word);
        }
        if (word.contains("/") || word.contains(".")) {
            Optional<LayerEntry> rel = fs.resolve((config.workingDir().isEmpty() ? "/" : config.workingDir()) + "/"
                    + word);
            if (rel.isPresent() || word.contains("/")) {
                return rel;
            }
        }
        for (String dir : pathDirectories(config)) {
            Optional<LayerEntry> e = fs.resolve(dir + "/" + word);
            if (e.isPresent() && e.get().isRegular()) {
                return e;
            }
        }
        return Optional.empty();
    }
}
