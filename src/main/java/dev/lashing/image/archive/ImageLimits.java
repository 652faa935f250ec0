package dev.lashing.image.archive;

/**
 * Bounds on what reading an image may cost.
 *
 * @param maxLayerBytes the most uncompressed bytes read from one layer (default 64 GiB)
 */
public record ImageLimits(long maxLayerBytes) {
    /** The most layers an image may have. */
    public static final int MAX_LAYERS = 1000;
    /** Decompressed bytes past which the ratio guard applies: 64 MiB. */
    public static final long RATIO_THRESHOLD = 64L << 20;
    /** The largest accepted ratio of decompressed to compressed bytes past the threshold. */
    public static final long MAX_RATIO = 200;

    /** Checks the limit is positive. */
    public ImageLimits {
        if (maxLayerBytes <= 0) {
            throw new IllegalArgumentException("maxLayerBytes must be positive");
        }
    }

    /** The defaults: 64 GiB per layer. */
    public static ImageLimits defaults() {
        return new ImageLimits(64L << 30);
    }
}
