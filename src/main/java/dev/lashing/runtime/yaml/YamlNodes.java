package dev.lashing.runtime.yaml;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Lookups in composed YAML nodes, as the loaders read them. */
public final class YamlNodes {

    private YamlNodes() {
    }

    /**
     * The value written under the plain key {@code key} in {@code m} itself (merge keys not followed), or null;
     * of duplicate keys the last wins, as kubectl and compose take it.
     */
    public static Node value(MappingNode m, String key) {
        Node found = null;
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                found = t.getValueNode();
            }
        }
        return found;
    }
}
