package dev.lashing.image.archive;

import dev.lashing.image.oci.ImageReference;
import java.util.Optional;

/** Matches a requested tag against a recorded one (a RepoTag or an OCI ref name). */
final class Tags {
    private Tags() {
    }

    /**
     * True when {@code requested} names {@code recorded}: the same text, the same normalised reference
     * ({@code debian:12} matches {@code docker.io/library/debian:12}), or the bare tag of it.
     */
    static boolean matches(String recorded, String requested) {
        if (recorded.isEmpty()) {
            return false;
        }
        if (recorded.equals(requested)) {
            return true;
        }
        Optional<ImageReference> a = ImageReference.tryParse(recorded);
        Optional<ImageReference> b = ImageReference.tryParse(requested);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        ImageReference r = a.get();
        ImageReference q = b.get();
        return r.registry().equals(q.registry()) && r.repository().equals(q.repository())
                && r.tag().orElse("latest").equals(q.tag().orElse("latest"));
    }
}
