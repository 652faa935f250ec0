package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.image.layer.ImageFileSystem.Removed;
import dev.lashing.image.layer.LayerEntry;
import dev.lashing.rules.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Package-manager caches ship in the image: apt lists and archives, apk, yum/dnf, pip, npm, yarn, Go, Maven, Gradle. */
@Rule(
        id = "IM035",
        name = "image-package-cache",
        summary = "Package-manager caches ship in the image",
        severity = Severity.INFO,
        practices = {"P14", "P22"},
        references = {"dockle DKL-DI-0005 (flags RUN steps that leave apt lists, from the history)",
            "https://docs.docker.com/build/building/best-practices/#apt-get"})
public final class PackageCacheShipped implements ImageRule {
    /** Cache directories anywhere in the tree (home directories vary), matched as {@code /<marker>/}. */
    private static final List<String> NESTED = List.of(".cache/pip", ".npm/_cacache", ".cache/yarn", ".cache/go-build",
            ".m2/repository", ".gradle/caches", ".cache/pypoetry", ".composer/cache");
    /** Cache directories at fixed places. */
    private static final List<String> FIXED = List.of("var/cache/apt", "var/cache/apk", "var/cache/yum",
            "var/cache/dnf", "var/cache/zypp", "usr/local/share/.cache/yarn");
    private static final String APT_LISTS = "var/lib/apt/lists";

    private static final class Tally {
        LayerEntry first;
        LayerEntry largest;
        long files;
        long bytes;

        void add(LayerEntry e) {
            first = first == null ? e : first;
            largest = largest == null || e.size() > largest.size() ? e : largest;
            files++;
            bytes += e.size();
        }
    }

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        Map<String, Tally> live = new LinkedHashMap<>();
        for (LayerEntry e : image.fileSystem().liveEntries()) {
            String root = e.isRegular() ? cacheRoot(e.path()) : null;
            if (root != null) {
                live.computeIfAbsent(root, k -> new Tally()).add(e);
            }
        }
        live.forEach((root, t) -> findings.file(t.largest, "package cache /" + root + " ships " + t.files + " file"
                + (t.files == 1 ? "" : "s") + " (" + Sizes.human(t.bytes) + ") that the running application does not "
                + "need; clean it in the same RUN that fills it (e.g. rm -rf /var/lib/apt/lists/*, apk add --no-cache, "
                + "pip --no-cache-dir) or use a cache mount (RUN --mount=type=cache)"));
        Map<String, Tally> removed = new LinkedHashMap<>();
        Map<String, Integer> removedBy = new LinkedHashMap<>();
        for (Removed r : image.fileSystem().removed()) {
            String root = cacheRoot(r.entry().path());
            if (root != null) {
                String key = root + "\n" + (r.entry().layer() + 1) + "\n" + r.removedByLayer();
                removed.computeIfAbsent(key, k -> new Tally()).add(r.entry());
                removedBy.put(key, r.removedByLayer());
            }
        }
        removed.forEach((key, t) -> findings.file(t.largest, "package cache /" + key.split("\n")[0] + " filled in "
                + "layer " + (t.first.layer() + 1) + " was deleted in layer " + (removedBy.get(key) + 1) + " but its " + t.files
                + " file" + (t.files == 1 ? "" : "s") + " (" + Sizes.human(t.bytes) + ") still ship in the earlier "
                + "layer; clean the cache in the same RUN that fills it"));
    }

    /** The cache directory holding {@code path}, or null. */
    static String cacheRoot(String path) {
        if (path.startsWith(APT_LISTS + "/")) {
            String rest = path.substring(APT_LISTS.length() + 1);
            return rest.equals("lock") || rest.startsWith("partial/") ? null : APT_LISTS;
        }
        for (String f : FIXED) {
            if (path.startsWith(f + "/")) {
                return path.endsWith("/lock") ? null : f;
            }
        }
        String slashed = "/" + path;
        for (String n : NESTED) {
            int at = slashed.indexOf("/" + n + "/");
            if (at >= 0) {
                return path.substring(0, at + n.length());
            }
        }
        return null;
    }
}
