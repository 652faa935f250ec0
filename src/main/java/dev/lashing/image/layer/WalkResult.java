package dev.lashing.image.layer;

import java.util.List;
import java.util.Objects;

/**
 * What a walk produced: the merged view, per-layer counts and the entries it had to leave out.
 *
 * @param fileSystem the merged view of every layer
 * @param layers counts per layer, base first
 * @param problems refused entries, dangling hard links and analyzer failures, by layer then tar order
 */
public record WalkResult(ImageFileSystem fileSystem, List<LayerStats> layers, List<LayerProblem> problems) {
    /** Copies lists and checks fields. */
    public WalkResult {
        Objects.requireNonNull(fileSystem, "fileSystem");
        layers = List.copyOf(layers);
        problems = List.copyOf(problems);
    }

    /** Duplicate entries in layer {@code index}. */
    public long duplicates(int index) {
        return layers.get(index).duplicates();
    }

    /** Tar entries read in all layers. */
    public long totalEntries() {
        return layers.stream().mapToLong(LayerStats::entries).sum();
    }
}
