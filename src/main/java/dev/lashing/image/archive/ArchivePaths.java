package dev.lashing.image.archive;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Normalises paths inside an archive or layout: no empty, {@code .} or escaping {@code ..} segments. */
final class ArchivePaths {
    private ArchivePaths() {
    }

    /**
     * Normalises a relative path ({@code ./a//b/../c} → {@code a/c}); empty when it is absolute,
     * climbs out of the root, holds a NUL, or names the root itself.
     */
    static Optional<String> normalise(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.indexOf('\0') >= 0
                || path.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(segment);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
    }

    /** The directory part of a normalised path ({@code a/b} → {@code a}, {@code b} → empty). */
    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The blob path an OCI layout derives from a digest: {@code blobs/<algorithm>/<hex>}. */
    static String blobPath(dev.lashing.image.oci.Digest digest) {
        return "blobs/" + digest.algorithm() + "/" + digest.hex();
    }
}
