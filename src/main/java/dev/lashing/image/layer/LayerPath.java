package dev.lashing.image.layer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The path of a layer entry, sanitised: relative to the image root, {@code /}-separated, without
 * {@code .}, {@code ..} or empty segments. Tar entries come from strangers: an entry that climbs out
 * of the root ({@code ../../etc/passwd}), contains NUL, or is absurdly long or deep is refused
 * rather than guessed at. Also recognises OCI whiteouts ({@code .wh.name}, {@code .wh..wh..opq}).
 *
 * @param path the clean path, empty for the root itself
 */
public record LayerPath(String path) {
    /** Longest entry name accepted (Linux PATH_MAX). */
    public static final int MAX_LENGTH = 4096;
    /** Deepest entry accepted. */
    public static final int MAX_DEPTH = 256;
    private static final String WHITEOUT = ".wh.";
    private static final String OPAQUE = ".wh..wh..opq";

    /** The outcome of sanitising an entry name: a path, or why it was refused. */
    public sealed interface Result permits Clean, Refused {}

    /** A usable path. */
    public record Clean(LayerPath path) implements Result {}

    /** A refused entry name and the reason. */
    public record Refused(String name, String reason) implements Result {}

    /** Sanitises a tar entry name. Absolute names are taken relative to the root, as container runtimes do. */
    public static Result of(String name) {
        if (name.length() > MAX_LENGTH) {
            return new Refused(name.substring(0, 64) + "...", "entry name longer than " + MAX_LENGTH + " characters");
        }
        if (name.indexOf('\0') >= 0) {
            return new Refused(name.replace('\0', '?'), "entry name contains a NUL character");
        }
        Deque<String> segments = new ArrayDeque<>();
        int start = 0;
        while (start <= name.length()) {
            int slash = name.indexOf('/', start);
            int end = slash < 0 ? name.length() : slash;
            String segment = name.substring(start, end);
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return new Refused(name, "entry name climbs out of the image root");
                }
                segments.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
                if (segments.size() > MAX_DEPTH) {
                    return new Refused(name.substring(0, Math.min(64, name.length())) + "...",
                            "entry deeper than " + MAX_DEPTH + " directories");
                }
            }
            if (slash < 0) {
                break;
            }
            start = slash + 1;
        }
        return new Clean(new LayerPath(String.join("/", segments)));
    }

    /** The last segment ({@code ""} for the root). */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The directory holding this path ({@code ""} for top-level entries and the root). */
    public String parent() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** True for {@code .wh..wh..opq}: the directory's content from lower layers is hidden. */
    public boolean isOpaqueMarker() {
        return name().equals(OPAQUE);
    }

    /** The path a {@code .wh.<name>} entry deletes, if this is such a whiteout. */
    public Optional<String> whitedOut() {
        String n = name();
        if (!n.startsWith(WHITEOUT) || n.equals(OPAQUE) || n.length() == WHITEOUT.length()) {
            return Optional.empty();
        }
        String target = n.substring(WHITEOUT.length());
        return Optional.of(parent().isEmpty() ? target : parent() + "/" + target);
    }

    @Override
    public String toString() {
        return "/" + path;
    }
}
