package dev.lashing.image.rules;

import dev.lashing.image.analyzers.Links;
import dev.lashing.image.layer.ImageFileSystem;
import dev.lashing.image.layer.LayerEntry;
import dev.lashing.image.layer.LayerEntry.EntryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds programs in the merged view: live entries named like a tool inside a {@code bin} or
 * {@code sbin} directory (any depth, so {@code /usr/local/go/bin/go} counts), telling real binaries
 * from busybox applets (links to {@code busybox}).
 */
final class Executables {
    private Executables() {}

    /**
     * A program found.
     *
     * @param name the tool name looked for
     * @param entry the live entry at the program's path (a file or a link)
     * @param applet true when the entry is a link to busybox
     */
    record Found(String name, LayerEntry entry, boolean applet) {
        String path() {
            return entry.absolutePath();
        }
    }

    /** The programs named in {@code names}, in path order; dangling links and paths under node_modules are skipped. */
    static List<Found> find(ImageFileSystem fs, Set<String> names) {
        List<Found> out = new ArrayList<>();
        for (LayerEntry e : fs.liveEntries()) {
            String path = e.path();
            int slash = path.lastIndexOf('/');
            String name = path.substring(slash + 1);
            if (!names.contains(name) || !inBinDirectory(path, slash) || path.contains("node_modules/")) {
                continue;
            }
            if (e.type() == EntryType.FILE) {
                out.add(new Found(name, e, false));
            } else if (e.type() == EntryType.HARDLINK) {
                out.add(new Found(name, e, isBusybox(e.linkTarget())));
            } else if (e.type() == EntryType.SYMLINK) {
                Optional<LayerEntry> target = Links.resolve(fs, path);
                if (target.isPresent() && target.get().isRegular()) {
                    out.add(new Found(name, e, isBusybox(target.get().path())));
                }
            }
        }
        return out;
    }

    /** The first program found for each name, keyed by name in path order. */
    static Map<String, Found> firstByName(ImageFileSystem fs, Set<String> names) {
        Map<String, Found> out = new LinkedHashMap<>();
        for (Found f : find(fs, names)) {
            out.putIfAbsent(f.name(), f);
        }
        return out;
    }

    private static boolean inBinDirectory(String path, int slash) {
        if (slash < 0) {
            return false;
        }
        String dir = path.substring(0, slash);
        return dir.equals("bin") || dir.equals("sbin") || dir.endsWith("/bin") || dir.endsWith("/sbin");
    }

    private static boolean isBusybox(String path) {
        return path.equals("busybox") || path.endsWith("/busybox");
    }
}
