package dev.lashing.image.analyzers;

import dev.lashing.image.oci.HistoryEntry;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells which history steps (and so which layers) came from the base image. Images do not record
 * this, so it is inferred, and the inference says how it was made:
 * <ol>
 *   <li>buildah and podman mark the first step of the image's own build with a comment
 *       {@code FROM <base>};</li>
 *   <li>otherwise, the base image's last {@code CMD}/{@code ENTRYPOINT} step before the image's own
 *       layers ends the base (the heuristic trivy uses);</li>
 *   <li>otherwise the split is unknown, and every layer counts as the image's own.</li>
 * </ol>
 */
public final class BaseLayers {
    private BaseLayers() {}

    /**
     * The boundary: history steps with index below {@code firstOwnStep} are the base's.
     *
     * @param firstOwnStep the first history index of the image's own build, empty when unknown
     * @param how how it was decided, for the report
     */
    public record Split(Optional<Integer> firstOwnStep, String how) {

        /** True when history step {@code index} belongs to the base image. */
        public boolean isBaseStep(int index) {
            return firstOwnStep.isPresent() && index < firstOwnStep.get();
        }
    }

    /** Infers the split from the history. */
    public static Split infer(List<HistoryEntry> history) {
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).comment().startsWith("FROM ") && i > 0) {
                return new Split(Optional.of(i), "history comment '" + history.get(i).comment() + "'");
            }
        }
        boolean sawOwnLayer = false;
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryEntry h = history.get(i);
            if (!h.emptyLayer()) {
                sawOwnLayer = true;
                continue;
            }
            if (sawOwnLayer && isCmdOrEntrypoint(h.createdBy())) {
                return new Split(Optional.of(i + 1), "the base image's last CMD/ENTRYPOINT in the history");
            }
        }
        return new Split(Optional.empty(), "unknown (no marker in the history)");
    }

    /** A split given by the user: the first {@code layers} layers are the base's. */
    public static Split ofLayers(List<HistoryEntry> history, int layers) {
        int seen = 0;
        for (int i = 0; i < history.size(); i++) {
            if (!history.get(i).emptyLayer()) {
                if (seen == layers) {
                    return new Split(Optional.of(i), "--base-layers " + layers);
                }
                seen++;
            }
        }
        return new Split(Optional.of(history.size()), "--base-layers " + layers);
    }

    private static boolean isCmdOrEntrypoint(String createdBy) {
        String s = createdBy.strip();
        if (s.startsWith("/bin/sh -c #(nop)")) {
            s = s.substring("/bin/sh -c #(nop)".length()).strip();
        }
        String upper = s.toUpperCase(Locale.ROOT);
        return upper.startsWith("CMD ") || upper.startsWith("CMD[") || upper.startsWith("ENTRYPOINT");
    }
}
