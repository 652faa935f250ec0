package dev.lashing.image.layer;

/**
 * Bounds on what one image walk may consume, so that a hostile layer costs an error rather than the
 * machine's memory or time.
 *
 * @param maxEntries most tar entries in the whole image
 * @param maxLayerBytes most uncompressed tar bytes read from one layer
 * @param maxHeaderBytes most bytes of PAX or GNU extended headers (long names, sparse maps) before one entry
 * @param maxContentBytes most bytes of one file's content buffered for analyzers, whatever they ask for
 * @param maxProblemsPerLayer most problems listed per layer; the rest are counted in one summary problem
 */
public record WalkLimits(long maxEntries, long maxLayerBytes, long maxHeaderBytes, int maxContentBytes,
        int maxProblemsPerLayer) {
    /** Default {@link #maxEntries}: two million. */
    public static final long DEFAULT_MAX_ENTRIES = 2_000_000;
    /** Default {@link #maxLayerBytes}: 64 GiB. */
    public static final long DEFAULT_MAX_LAYER_BYTES = 64L << 30;
    /** Default {@link #maxHeaderBytes}: 1 MiB. */
    public static final long DEFAULT_MAX_HEADER_BYTES = 1L << 20;
    /** Default {@link #maxContentBytes}: 64 MiB. */
    public static final int DEFAULT_MAX_CONTENT_BYTES = 64 << 20;
    /** Default {@link #maxProblemsPerLayer}. */
    public static final int DEFAULT_MAX_PROBLEMS_PER_LAYER = 1000;

    /** Checks that every bound is positive. */
    public WalkLimits {
        if (maxEntries <= 0 || maxLayerBytes <= 0 || maxHeaderBytes <= 0 || maxContentBytes < 0
                || maxProblemsPerLayer <= 0) {
            throw new IllegalArgumentException("walk limits must be positive");
        }
    }

    /** The default limits, generous enough for any real image. */
    public static WalkLimits defaults() {
        return new WalkLimits(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_LAYER_BYTES, DEFAULT_MAX_HEADER_BYTES,
                DEFAULT_MAX_CONTENT_BYTES, DEFAULT_MAX_PROBLEMS_PER_LAYER);
    }

    /** These limits with another {@link #maxEntries}. */
    public WalkLimits withMaxEntries(long value) {
        return new WalkLimits(value, maxLayerBytes, maxHeaderBytes, maxContentBytes, maxProblemsPerLayer);
    }

    /** These limits with another {@link #maxLayerBytes}. */
    public WalkLimits withMaxLayerBytes(long value) {
        return new WalkLimits(maxEntries, value, maxHeaderBytes, maxContentBytes, maxProblemsPerLayer);
    }

    /** These limits with another {@link #maxHeaderBytes}. */
    public WalkLimits withMaxHeaderBytes(long value) {
        return new WalkLimits(maxEntries, maxLayerBytes, value, maxContentBytes, maxProblemsPerLayer);
    }

    /** These limits with another {@link #maxContentBytes}. */
    public WalkLimits withMaxContentBytes(int value) {
        return new WalkLimits(maxEntries, maxLayerBytes, maxHeaderBytes, value, maxProblemsPerLayer);
    }
}
