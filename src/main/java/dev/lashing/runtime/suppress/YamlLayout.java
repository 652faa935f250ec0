package dev.lashing.runtime.suppress;

import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * What comments in a YAML file need from its composed nodes: where quoted and block scalars lie (a
 * {@code #} inside them is text, not a comment), and, for each line, the outermost node that starts on
 * it with everything nested under it: a mapping entry from its key to the end of its value, or a
 * sequence item. A value written as an alias ({@code *base}, {@code <<: *base}) lies elsewhere, so its
 * entry covers only the key's line.
 */
final class YamlLayout {
    private final SourceFile file;
    private final List<TextRange> quoted = new ArrayList<>();
    private final Map<Integer, TextRange> scopes = new HashMap<>();
    private boolean sorted;
    private final Set<Node> visited = Collections.newSetFromMap(new IdentityHashMap<>());

    /** A layout to fill with the documents of {@code file}. */
    YamlLayout(SourceFile file) {
        this.file = file;
    }

    /** Adds a composed document; {@code ranges} locates its nodes in the file. */
    void add(Node root, Function<Node, TextRange> ranges) {
        sorted = false;
        Deque<Node> stack = new ArrayDeque<>();
        push(root, stack);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof ScalarNode s) {
                if (s.getScalarStyle() != ScalarStyle.PLAIN) {
                    quoted.add(ranges.apply(s));
                }
            } else if (n instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    TextRange key = ranges.apply(t.getKeyNode());
                    Node v = t.getValueNode();
                    TextRange value = ranges.apply(v);
                    boolean inline = value.start() >= key.start()
                            && !(v instanceof ScalarNode s && s.getValue().isEmpty() && s.getScalarStyle() == ScalarStyle.PLAIN);
                    scope(new TextRange(key.start(), inline ? Math.max(key.end(), value.end()) : key.end()));
                    push(t.getKeyNode(), stack);
                    push(v, stack);
                }
            } else if (n instanceof SequenceNode sq) {
                int from = ranges.apply(sq).start();
                for (Node item : sq.getValue()) {
                    TextRange r = ranges.apply(item);
                    if (r.start() >= from) {
                        scope(r);
                        from = r.end();
                    }
                    push(item, stack);
                }
            }
        }
    }

    private void push(Node n, Deque<Node> stack) {
        if (visited.add(n)) {
            stack.push(n);
        }
    }

    /** Keeps, per line, the scope that starts first and, of those, reaches furthest. */
    private void scope(TextRange r) {
        int line = file.position(r.start()).line();
        scopes.merge(line, r, (a, b) -> a.start() != b.start() ? (a.start() < b.start() ? a : b)
                : a.end() >= b.end() ? a : b);
    }

    /**
     * The outermost node starting on 1-based {@code line}, with what is nested under it; null when none.
     * A block collection ends where the next token starts, so the blank and comment lines after it are
     * trimmed off.
     */
    TextRange scopeAt(int line) {
        TextRange r = scopes.get(line);
        if (r == null) {
            return null;
        }
        String text = file.text();
        int end = r.end();
        while (true) {
            while (end > r.start() && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            int lineStart = file.lineStart(file.position(end).line());
            int first = lineStart;
            while (first < end && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
                first++;
            }
            if (lineStart <= r.start() || first >= end || text.charAt(first) != '#' || inScalar(first)) {
                return new TextRange(r.start(), end);
            }
            end = lineStart;
        }
    }

    /** True when {@code offset} is inside a quoted or block scalar, where a {@code #} is text. */
    boolean inScalar(int offset) {
        if (!sorted) {
            quoted.sort(null); // scalars never overlap, so the last one starting before the offset decides
            sorted = true;
        }
        int lo = 0;
        int hi = quoted.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (quoted.get(mid).start() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return hi >= 0 && quoted.get(hi).contains(offset);
    }
}
