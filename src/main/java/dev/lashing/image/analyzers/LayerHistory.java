package dev.lashing.image.analyzers;

import dev.lashing.image.oci.HistoryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps layers to the history steps that made them: the history's entries without
 * {@code empty_layer} correspond, in order, to the layers. When the counts disagree (squashed or
 * hand-made images) the mapping is refused rather than guessed.
 */
public final class LayerHistory {
    private LayerHistory() {}

    /**
     * For each layer, the index of its history entry; every element empty when the history does
     * not account for exactly {@code layerCount} layers.
     */
    public static List<Optional<Integer>> map(List<HistoryEntry> history, int layerCount) {
        List<Integer> producing = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            if (!history.get(i).emptyLayer()) {
                producing.add(i);
            }
        }
        List<Optional<Integer>> out = new ArrayList<>(layerCount);
        boolean consistent = producing.size() == layerCount;
        for (int i = 0; i < layerCount; i++) {
            out.add(consistent ? Optional.of(producing.get(i)) : Optional.empty());
        }
        return out;
    }
}
