package dev.lashing.image.layer;

import dev.lashing.image.layer.LayerEntry.EntryType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The merged view of an image's layers, as a container runtime would see it, together with what it
 * hides: every version of every path, and the regular files that a later layer deleted or replaced
 * (their bytes are still in the image, P22).
 *
 * <p>Merge semantics follow the OCI image spec: a layer's whiteouts ({@code .wh.name}) and opaque
 * markers ({@code .wh..wh..opq}) apply to the lower layers only, whatever their order in the tar;
 * then the layer's entries are applied in tar order (a later duplicate wins). An entry replaces what
 * was at its path unless both are directories (then only the metadata changes); replacing a
 * directory with anything else removes the directory's contents; a non-directory standing where a
 * later entry needs a parent directory is replaced by that directory.
 */
public final class ImageFileSystem {
    /** Symbolic links followed before giving up, as Linux's MAXSYMLINKS. */
    static final int MAX_SYMLINK_HOPS = 40;

    private final int layerCount;
    private final NavigableMap<String, LayerEntry> live;
    private final Map<String, List<LayerEntry>> versions;
    private final List<Removed> removed;

    private ImageFileSystem(int layerCount, NavigableMap<String, LayerEntry> live,
            Map<String, List<LayerEntry>> versions, List<Removed> removed) {
        this.layerCount = layerCount;
        this.live = Collections.unmodifiableNavigableMap(live);
        this.versions = versions;
        this.removed = List.copyOf(removed);
    }

    /** How a removed file stopped being visible. */
    public enum How {
        /** A {@code .wh.} entry deleted it or one of its parent directories. */
        WHITEOUT,
        /** An opaque marker emptied a parent directory. */
        OPAQUE,
        /** A later entry at the same path (or at a parent path) replaced it. */
        REPLACED
    }

    /**
     * A regular file that is not in the merged view but whose bytes still ship in the image.
     *
     * @param entry the hidden version of the file
     * @param removedByLayer the layer that hid it
     * @param how how it was hidden
     */
    public record Removed(LayerEntry entry, int removedByLayer, How how) {}

    /**
     * Merges layers, base first; each list holds one layer's entries in tar order, whiteouts and
     * opaque markers included (with the path they delete or empty).
     */
    public static ImageFileSystem merge(List<List<LayerEntry>> layers) {
        TreeMap<String, LayerEntry> live = new TreeMap<>();
        Map<String, List<LayerEntry>> versions = new HashMap<>();
        List<Removed> removed = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            List<LayerEntry> layer = layers.get(i);
            for (LayerEntry e : layer) {
                if (e.type() == EntryType.WHITEOUT) {
                    removeTree(live, e.path(), true, i, How.WHITEOUT, removed);
                } else if (e.type() == EntryType.OPAQUE) {
                    removeTree(live, e.path(), false, i, How.OPAQUE, removed);
                }
            }
            for (LayerEntry e : layer) {
                versions.computeIfAbsent(e.path(), k -> new ArrayList<>(1)).add(e);
                if (e.type() == EntryType.WHITEOUT || e.type() == EntryType.OPAQUE || e.path().isEmpty()) {
                    continue;
                }
                replaceNonDirectoryParents(live, e.path(), i, removed);
                LayerEntry old = live.get(e.path());
                if (old != null && !(old.type() == EntryType.DIRECTORY && e.type() == EntryType.DIRECTORY)) {
                    removeTree(live, e.path(), true, i, How.REPLACED, removed);
                }
                live.put(e.path(), e);
            }
        }
        return new ImageFileSystem(layers.size(), live, versions, removed);
    }

    private static void replaceNonDirectoryParents(
            TreeMap<String, LayerEntry> live, String path, int layer, List<Removed> removed) {
        int slash = path.indexOf('/');
        while (slash >= 0) {
            String parent = path.substring(0, slash);
            LayerEntry p = live.get(parent);
            if (p != null && p.type() != EntryType.DIRECTORY) {
                live.remove(parent);
                if (p.isRegular()) {
                    removed.add(new Removed(p, layer, How.REPLACED));
                }
            }
            slash = path.indexOf('/', slash + 1);
        }
    }

    /** Removes {@code path}'s descendants, and {@code path} itself when {@code self}. */
    private static void removeTree(TreeMap<String, LayerEntry> live, String path, boolean self, int layer, How how,
            List<Removed> removed) {
        if (self) {
            LayerEntry e = live.remove(path);
            if (e != null && e.isRegular()) {
                removed.add(new Removed(e, layer, how));
            }
        }
        String prefix = path.isEmpty() ? "" : path + "/";
        // '/' + 1 == '0': every key starting with prefix sorts below prefix with '0' in place of '/'
        String end = path.isEmpty() ? null : path + "0";
        NavigableMap<String, LayerEntry> sub = end == null ? live.tailMap("", false) : live.subMap(prefix, true, end, false);
        for (LayerEntry e : sub.values()) {
            if (e.isRegular()) {
                removed.add(new Removed(e, layer, how));
            }
        }
        sub.clear();
    }

    /** Number of layers merged. */
    public int layerCount() {
        return layerCount;
    }

    /** The entry at {@code path} (sanitised, without a leading slash) in the merged view. */
    public Optional<LayerEntry> live(String path) {
        return Optional.ofNullable(live.get(strip(path)));
    }

    /** Every entry of the merged view, sorted by path. */
    public Collection<LayerEntry> liveEntries() {
        return live.values();
    }

    /** The merged view's entries under directory {@code dir} (all depths), sorted by path. */
    public Collection<LayerEntry> liveUnder(String dir) {
        String d = strip(dir);
        if (d.isEmpty()) {
            return live.values();
        }
        return live.subMap(d + "/", true, d + "0", false).values();
    }

    /** Every version of {@code path} in layer order, whiteouts and opaque markers included. */
    public List<LayerEntry> versions(String path) {
        return List.copyOf(versions.getOrDefault(strip(path), List.of()));
    }

    /** The regular files hidden by later layers, in the order they were hidden. */
    public List<Removed> removed() {
        return removed;
    }

    /**
     * Follows symbolic links (absolute ones from the image root, relative ones from the link's
     * directory) through every path component, as the kernel would inside the container, and
     * returns the final entry. Empty when a component is missing, a loop exceeds
     * {@value #MAX_SYMLINK_HOPS} links, or a link climbs above the root (where it stays at the root,
     * as in a chroot).
     */
    public Optional<LayerEntry> resolve(String path) {
        List<String> pending = new ArrayList<>(List.of(strip(path).split("/", -1)));
        Collections.reverse(pending);
        List<String> resolved = new ArrayList<>();
        int hops = 0;
        LayerEntry current = null;
        while (!pending.isEmpty()) {
            String seg = pending.remove(pending.size() - 1);
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (!resolved.isEmpty()) {
                    resolved.remove(resolved.size() - 1);
                }
                current = null;
                continue;
            }
            resolved.add(seg);
            current = live.get(String.join("/", resolved));
            if (current == null) {
                return Optional.empty();
            }
            if (current.type() == EntryType.SYMLINK) {
                if (++hops > MAX_SYMLINK_HOPS) {
                    return Optional.empty();
                }
                resolved.remove(resolved.size() - 1);
                String target = current.linkTarget();
                if (target.startsWith("/")) {
                    resolved.clear();
                }
                String[] parts = target.split("/", -1);
                for (int k = parts.length - 1; k >= 0; k--) {
                    pending.add(parts[k]);
                }
                current = null;
            }
        }
        if (current == null) {
            return resolved.isEmpty() ? Optional.empty() : Optional.ofNullable(live.get(String.join("/", resolved)));
        }
        return Optional.of(current);
    }

    private static String strip(String path) {
        int i = 0;
        while (i < path.length() && path.charAt(i) == '/') {
            i++;
        }
        int j = path.length();
        while (j > i && path.charAt(j - 1) == '/') {
            j--;
        }
        return path.substring(i, j);
    }
}
