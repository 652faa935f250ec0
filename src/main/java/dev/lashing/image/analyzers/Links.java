package dev.lashing.image.analyzers;

import dev.lashing.image.layer.ImageFileSystem;
import dev.lashing.image.layer.LayerEntry;
import java.util.ArrayDeque;
import java.util.Optional;

/** Symbolic-link resolution that tolerates layers listing files without their parent directories. */
public final class Links {
    private static final int MAX_HOPS = 40;

    private Links() {}

    /**
     * The entry {@code path} leads to: {@link ImageFileSystem#resolve} when it succeeds, else the
     * file's own chain of links followed by path arithmetic (for archives that omit directory entries).
     */
    public static Optional<LayerEntry> resolve(ImageFileSystem fs, String path) {
        Optional<LayerEntry> r = fs.resolve(path);
        if (r.isPresent()) {
            return r;
        }
        String p = path;
        for (int hops = 0; hops < MAX_HOPS; hops++) {
            Optional<LayerEntry> e = fs.live(p);
            if (e.isEmpty() || e.get().type() != LayerEntry.EntryType.SYMLINK) {
                return e;
            }
            String target = e.get().linkTarget();
            int slash = p.lastIndexOf('/');
            p = normalize(target.startsWith("/") ? target : (slash < 0 ? "" : p.substring(0, slash + 1)) + target);
        }
        return Optional.empty();
    }

    private static String normalize(String path) {
        ArrayDeque<String> out = new ArrayDeque<>();
        for (String seg : path.split("/")) {
            if (seg.equals("..")) {
                out.pollLast();
            } else if (!seg.isEmpty() && !seg.equals(".")) {
                out.addLast(seg);
            }
        }
        return String.join("/", out);
    }
}
