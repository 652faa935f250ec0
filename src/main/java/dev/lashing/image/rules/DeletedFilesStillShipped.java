package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.image.layer.ImageFileSystem.How;
import dev.lashing.image.layer.ImageFileSystem.Removed;
import dev.lashing.image.layer.LayerEntry;
import dev.lashing.rules.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Files that a later layer deleted or replaced still ship in the earlier layer. */
@Rule(
        id = "IM038",
        name = "image-deleted-files-still-shipped",
        summary = "Files deleted or replaced by a later layer still ship in the image",
        severity = Severity.WARNING,
        practices = {"P22"},
        references = {"https://docs.docker.com/build/building/best-practices/#minimize-the-number-of-layers",
            "CWE-212"})
public final class DeletedFilesStillShipped implements ImageRule {
    private static final int PATHS_NAMED = 3;
    /**
     * Bookkeeping that every package-installing layer rewrites (package databases, logs, linker
     * cache): left out of the summaries, where they would be noise in every multi-layer image.
     */
    private static final List<String> BOOKKEEPING = List.of("var/lib/dpkg/", "var/log/", "var/cache/ldconfig/",
            "etc/ld.so.cache", "lib/apk/db/", "var/lib/rpm/", "usr/lib/sysimage/rpm/", "var/lib/apt/extended_states",
            "var/cache/debconf/", "etc/apk/world");

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        // keyed by (adding layer, removing layer), in that order
        Map<Long, List<Removed>> pairs = new TreeMap<>();
        for (Removed r : image.fileSystem().removed()) {
            long key = ((long) r.entry().layer() << 32) | r.removedByLayer();
            pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        for (List<Removed> all : pairs.values()) {
            // credential files and leftovers are IM034's (image-credential-leftovers): not repeated here
            List<Removed> own = all.stream().filter(r -> SensitivePaths.leftover(r.entry().path()).isEmpty()).toList();
            List<Removed> sensitive = own.stream().filter(r -> sensitive(r.entry())).toList();
            List<Removed> group = own.stream().filter(r -> !bookkeeping(r.entry().path())).toList();
            long bytes = group.stream().mapToLong(r -> r.entry().size()).sum();
            for (Removed r : sensitive) {
                findings.file(r.entry(), "sensitive-looking file " + r.entry().absolutePath() + " was " + verb(r)
                        + " in layer " + (r.removedByLayer() + 1) + " but is still in the image (layer " + (r.entry().layer() + 1)
                        + "): anyone who pulls the image can extract it; never add secrets to a layer (use build "
                        + "secrets) and rotate what it held");
            }
            if (bytes == 0) {
                continue;
            }
            List<Removed> bySize = group.stream()
                    .sorted(Comparator.comparingLong((Removed r) -> r.entry().size()).reversed()).toList();
            Removed first = bySize.get(0);
            LayerEntry point = (sensitive.isEmpty() ? first : sensitive.get(0)).entry();
            List<String> named = bySize.stream().limit(PATHS_NAMED)
                    .map(r -> r.entry().absolutePath() + " (" + Sizes.human(r.entry().size()) + ")").toList();
            long replaced = group.stream().filter(r -> r.how() == How.REPLACED).count();
            String how = replaced == group.size() ? "replaced" : replaced == 0 ? "deleted" : "deleted or replaced";
            boolean one = group.size() == 1;
            findings.file(point, group.size() + " file" + (one ? "" : "s") + " (" + Sizes.human(bytes)
                    + ") added in layer " + (first.entry().layer() + 1) + " " + (one ? "was " : "were ") + how
                    + " in layer " + (first.removedByLayer() + 1) + " but still ship" + (one ? "s: " : ", e.g. ")
                    + String.join(", ", named)
                    + "; remove files in the same RUN that creates them, or copy only what is needed from a build "
                    + "stage", Severity.INFO);
        }
    }

    private static String verb(Removed r) {
        return r.how() == How.REPLACED ? "replaced" : "deleted";
    }

    private static boolean bookkeeping(String path) {
        for (String b : BOOKKEEPING) {
            if (path.startsWith(b)) {
                return true;
            }
        }
        return false;
    }

    /** Key material and credentials by name, outside the CA-certificate directories. */
    static boolean sensitive(LayerEntry e) {
        String p = e.path();
        if (p.startsWith("etc/ssl/") || p.startsWith("usr/share/ca-certificates/") || p.startsWith("etc/pki/")
                || p.startsWith("usr/lib/ssl/") || p.startsWith("usr/share/")) {
            return false;
        }
        return SensitivePaths.secretLike(p);
    }
}
