package dev.lashing.image.layer;

/**
 * Counts for one walked layer.
 *
 * @param index 0-based position, base first
 * @param entries tar entries read (refused ones included)
 * @param uncompressedBytes tar bytes read
 * @param regularFiles regular file entries
 * @param fileBytes total size of the regular files
 * @param duplicates entries whose path an earlier entry of the same layer already had (the last one wins)
 */
public record LayerStats(int index, long entries, long uncompressedBytes, long regularFiles, long fileBytes,
        long duplicates) {}
