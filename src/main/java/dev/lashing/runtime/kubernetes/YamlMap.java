package dev.lashing.runtime.kubernetes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML mapping read the way kubectl reads it: when a key is written twice the last one wins, and
 * merge keys ({@code <<: *base}, {@code <<: [*a, *b]}) supply the keys the mapping does not write itself
 * (an earlier merged mapping over a later one). Keys that are not scalars are ignored.
 */
final class YamlMap {
    private static final int MAX_MERGE_DEPTH = 20;
    private final MappingNode node;
    private final Map<String, NodeTuple> entries;

    private YamlMap(MappingNode node, Map<String, NodeTuple> entries) {
        this.node = node;
        this.entries = entries;
    }

    /** The mapping {@code node} with its duplicate and merge keys resolved. */
    static YamlMap of(MappingNode node) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        collect(node, entries, 0);
        return new YamlMap(node, entries);
    }

    private static void collect(MappingNode node, Map<String, NodeTuple> into, int depth) {
        List<Node> merged = new ArrayList<>();
        Map<String, NodeTuple> own = new LinkedHashMap<>();
        for (NodeTuple t : node.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            if (key.isPlain() && key.getValue().equals("<<")) {
                Node v = t.getValueNode();
                merged.clear(); // a repeated merge key: the last wins, as for any key
                if (v instanceof SequenceNode seq) {
                    merged.addAll(seq.getValue());
                } else {
                    merged.add(v);
                }
                continue;
            }
            own.remove(key.getValue()); // keeps the order of the winning (last) occurrence
            own.put(key.getValue(), t);
        }
        if (depth < MAX_MERGE_DEPTH) {
            for (int i = merged.size() - 1; i >= 0; i--) {
                if (merged.get(i) instanceof MappingNode m) {
                    collect(m, into, depth + 1);
                }
            }
        }
        into.putAll(own);
    }

    /** The underlying node. */
    MappingNode node() {
        return node;
    }

    /** The entry for {@code key}, or null when the mapping has none. */
    NodeTuple entry(String key) {
        return entries.get(key);
    }

    /** The value of {@code key}, or null when it is absent or null. */
    Node value(String key) {
        NodeTuple t = entries.get(key);
        return t == null || Scalars.isNull(t.getValueNode()) ? null : t.getValueNode();
    }

    /** Every entry, merged ones included. */
    Collection<NodeTuple> entries() {
        return entries.values();
    }
}
