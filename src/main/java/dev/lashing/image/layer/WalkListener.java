package dev.lashing.image.layer;

/**
 * Follows a walk's progress (for a progress bar). Layers are walked in parallel, so the methods are
 * called from several threads at once and must be thread-safe.
 */
public interface WalkListener {
    /** A listener that ignores everything. */
    WalkListener NONE = new WalkListener() {};

    /** Layer {@code index} started; {@code storedSize} is its stored (possibly compressed) size. */
    default void layerStarted(int index, long storedSize) {}

    /** {@code delta} more uncompressed tar bytes of layer {@code index} were read (reported every ~1 MiB and at the end). */
    default void bytesRead(int index, long delta) {}

    /** Layer {@code index} was read to its end. */
    default void layerDone(int index) {}
}
