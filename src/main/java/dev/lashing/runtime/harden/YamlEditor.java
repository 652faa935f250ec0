package dev.lashing.runtime.harden;

import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import dev.lashing.core.fix.Edit;
import dev.lashing.runtime.yaml.YamlNodes;
import dev.lashing.runtime.yaml.YamlSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Collects text edits that set keys and append list items inside mappings of a YAML file, keeping every
 * comment and all other layout: an existing scalar is replaced in place; a missing key is inserted after the
 * mapping's last entry at the mapping's indentation (nested keys one indentation step deeper, the step as the
 * file uses it), or, in a flow mapping, before its closing brace. A value reached through an alias (written
 * elsewhere in the file) is never edited: the key is reported as skipped.
 *
 * <p>Values are YAML text ({@link String}), nested keys ({@link Map}) or lists ({@link List}) of either. A new
 * list of scalars is written in flow style ({@code [ALL]}); a new list of mappings (Kubernetes volumes) in block
 * style, its dashes indented as the file indents its other block sequences.
 */
final class YamlEditor {
    private final YamlSource yaml;
    private final SourceFile file;
    private final int step;
    private final int sequenceIndent;
    private final List<Edit> edits = new ArrayList<>();
    private final Map<MappingNode, Map<String, Object>> pending = new IdentityHashMap<>();
    private final List<String> skipped = new ArrayList<>();

    YamlEditor(YamlSource yaml, List<Node> documents) {
        this.yaml = yaml;
        this.file = yaml.file();
        int[] found = indents(documents);
        this.step = found[0];
        this.sequenceIndent = found[1];
    }

    /** The value of {@code path} in {@code m} when written there (not through an alias). */
    Optional<Node> get(MappingNode m, List<String> path) {
        Node node = m;
        for (String key : path) {
            if (!(node instanceof MappingNode mapping)) {
                return Optional.empty();
            }
            Node value = YamlNodes.value(mapping, key);
            if (value == null) {
                return Optional.empty();
            }
            node = value;
        }
        return Optional.of(node);
    }

    /** The scalar value of {@code key} in {@code m}, written there or brought in by a merge key. */
    Optional<String> scalar(MappingNode m, String key) {
        Node v = YamlNodes.value(m, key);
        v = v != null ? v : merged(m, key, 0);
        return v instanceof ScalarNode s ? Optional.of(s.getValue()) : Optional.empty();
    }

    /** Sets {@code path} in {@code m} to the YAML text {@code value}. */
    void set(MappingNode m, List<String> path, String value) {
        MappingNode at = m;
        for (int i = 0; i < path.size(); i++) {
            Node v = YamlNodes.value(at, path.get(i));
            if (v == null) {
                put(at, path.subList(i, path.size()), value);
                return;
            }
            if (!local(at, v)) {
                skipped.add(String.join(".", path));
                return;
            }
            if (i == path.size() - 1) {
                if (v instanceof ScalarNode || isFlow(v)) {
                    edits.add(Edit.replace(yaml.location(v).range(), value));
                } else {
                    skipped.add(String.join(".", path));
                }
                return;
            }
            if (!(v instanceof MappingNode next)) {
                skipped.add(String.join(".", path));
                return;
            }
            at = next;
        }
    }

    /**
     * Appends {@code item} to the list at {@code path} in {@code m}; a missing list is created holding
     * {@code whenMissing}; an item matching {@code replace} is replaced instead.
     */
    void append(MappingNode m, List<String> path, Object item, List<?> whenMissing, Predicate<String> replace) {
        Optional<Node> found = get(m, path);
        Node inherited = found.isEmpty() && path.size() == 1 ? merged(m, path.get(0), 0) : null;
        if (inherited != null) {
            // a list that a merge key brings in is replaced by a local one: the local one must keep its items
            List<Object> items = new ArrayList<>();
            boolean replaced = false;
            for (Node n : inherited instanceof SequenceNode s ? s.getValue() : List.of(inherited)) {
                if (!(n instanceof ScalarNode sc)) {
                    skipped.add(path.get(0));
                    return;
                }
                if (!replaced && item instanceof String && replace.test(sc.getValue())) {
                    items.add(item);
                    replaced = true;
                } else {
                    TextRange r = yaml.location(sc).range();
                    items.add(file.text().substring(r.start(), r.end()));
                }
            }
            for (Object o : whenMissing) {
                if (!items.contains(o) && !(replaced && o.equals(item))) {
                    items.add(o);
                }
            }
            put(m, path, items);
            return;
        }
        if (found.isEmpty()) {
            MappingNode parent = m;
            int i = 0;
            for (; i < path.size() - 1; i++) {
                Node v = YamlNodes.value(parent, path.get(i));
                if (!(v instanceof MappingNode next) || !local(parent, v)) {
                    break;
                }
                parent = next;
            }
            if (i < path.size() - 1 && YamlNodes.value(parent, path.get(i)) != null) {
                skipped.add(String.join(".", path));
                return;
            }
            put(parent, path.subList(i, path.size()), new ArrayList<>(whenMissing));
            return;
        }
        Node list = found.get();
        if (!yaml.location(m).range().contains(yaml.location(list).range())) {
            skipped.add(String.join(".", path));
            return;
        }
        if (list instanceof ScalarNode s) {
            if (item instanceof Map<?, ?>) {
                skipped.add(String.join(".", path));
                return;
            }
            String written = file.text().substring(yaml.location(s).range().start(), yaml.location(s).range().end());
            edits.add(Edit.replace(yaml.location(s).range(), replace.test(s.getValue()) ? "[" + item + "]"
                    : "[" + written + ", " + item + "]"));
            return;
        }
        if (!(list instanceof SequenceNode seq)) {
            skipped.add(String.join(".", path));
            return;
        }
        for (Node n : seq.getValue()) {
            if (n instanceof ScalarNode s && item instanceof String text && replace.test(s.getValue())) {
                edits.add(Edit.replace(yaml.location(s).range(), text));
                return;
            }
        }
        TextRange r = yaml.location(seq).range();
        if (isFlow(seq)) {
            int close = file.text().lastIndexOf(']', r.end());
            String text = flowValue(item);
            edits.add(Edit.insert(close, seq.getValue().isEmpty() ? text : separator(close) + text));
        } else {
            int indent = column(seq.getValue().get(0));
            int dash = file.text().lastIndexOf('-', yaml.location(seq.getValue().get(0)).range().start());
            int dashColumn = dash - file.lineStart(file.position(dash).line());
            int at = Math.min(dashColumn, indent);
            int content = indent > dashColumn ? indent : dashColumn + 2;
            edits.add(Edit.insert(lineEnd(seq), "\n" + " ".repeat(at) + "- " + blockItem(item, content)));
        }
    }

    /** The paths not edited because their value is written elsewhere (an alias) or has an unexpected shape. */
    List<String> skipped() {
        return List.copyOf(skipped);
    }

    /** Every edit, with the inserts of missing keys; inner mappings' inserts come before outer ones'. */
    List<Edit> edits() {
        List<Edit> all = new ArrayList<>(edits);
        List<MappingNode> maps = new ArrayList<>(pending.keySet());
        maps.sort(Comparator.comparingInt((MappingNode m) -> yaml.location(m).range().start()).reversed());
        for (MappingNode m : maps) {
            Map<String, Object> keys = pending.get(m);
            if (isFlow(m)) {
                int close = file.text().lastIndexOf('}', yaml.location(m).range().end());
                String text = flow(keys);
                all.add(Edit.insert(close, m.getValue().isEmpty() ? text : separator(close) + text));
            } else {
                StringBuilder b = new StringBuilder();
                block(keys, column(m.getValue().get(0).getKeyNode()), b);
                all.add(Edit.insert(lineEnd(m), b.toString()));
            }
        }
        return merged(all);
    }

    private static List<Edit> merged(List<Edit> edits) {
        List<Edit> out = new ArrayList<>();
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(e -> e.range().start()));
        for (Edit e : sorted) {
            Edit last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.range().isEmpty() && e.range().isEmpty()
                    && last.range().start() == e.range().start()) {
                out.set(out.size() - 1, Edit.insert(e.range().start(), last.replacement() + e.replacement()));
            } else if (last == null || last.range().end() <= e.range().start()) {
                out.add(e);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private void put(MappingNode m, List<String> path, Object value) {
        Map<String, Object> at = pending.computeIfAbsent(m, k -> new LinkedHashMap<>());
        for (int i = 0; i < path.size() - 1; i++) {
            at = (Map<String, Object>) at.computeIfAbsent(path.get(i), k -> new LinkedHashMap<String, Object>());
        }
        Object old = at.get(path.get(path.size() - 1));
        if (old instanceof List<?> list && value instanceof List<?> more) {
            for (Object o : more) {
                if (!list.contains(o)) {
                    ((List<Object>) list).add(o);
                }
            }
        } else {
            at.put(path.get(path.size() - 1), value);
        }
    }

    @SuppressWarnings("unchecked")
    private void block(Map<String, Object> keys, int indent, StringBuilder b) {
        for (Map.Entry<String, Object> e : keys.entrySet()) {
            b.append('\n').append(" ".repeat(indent)).append(e.getKey()).append(':');
            if (e.getValue() instanceof Map<?, ?> nested) {
                block((Map<String, Object>) nested, indent + step, b);
            } else if (e.getValue() instanceof List<?> list && list.stream().anyMatch(Map.class::isInstance)) {
                int dash = indent + sequenceIndent;
                for (Object item : list) {
                    b.append('\n').append(" ".repeat(dash)).append("- ").append(blockItem(item, dash + 2));
                }
            } else {
                b.append(' ').append(flowValue(e.getValue()));
            }
        }
    }

    /** A list item in block style after its {@code "- "}: a mapping's later keys at {@code indent}. */
    @SuppressWarnings("unchecked")
    private String blockItem(Object item, int indent) {
        if (!(item instanceof Map<?, ?> map)) {
            return flowValue(item);
        }
        StringBuilder b = new StringBuilder();
        block((Map<String, Object>) map, indent, b);
        return b.substring(1 + indent); // the first key goes on the dash's line
    }

    @SuppressWarnings("unchecked")
    private static String flow(Map<String, Object> keys) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : keys.entrySet()) {
            parts.add(e.getKey() + ": " + flowValue(e.getValue()));
        }
        return String.join(", ", parts);
    }

    @SuppressWarnings("unchecked")
    private static String flowValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return "{" + flow((Map<String, Object>) map) + "}";
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(YamlEditor::flowValue).toList()) + "]";
        }
        return String.valueOf(value);
    }

    /** The value of {@code key} that a merge key ({@code <<: *base}, or a list of them) brings into {@code m}. */
    private static Node merged(MappingNode m, String key, int depth) {
        if (depth > 20) {
            return null;
        }
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("<<")) {
                Node v = t.getValueNode();
                for (Node source : v instanceof SequenceNode s ? s.getValue() : List.of(v)) {
                    if (source instanceof MappingNode sm) {
                        Node found = YamlNodes.value(sm, key);
                        found = found != null ? found : merged(sm, key, depth + 1);
                        if (found != null) {
                            return found;
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * True when {@code value}, a value of {@code m}, is written in {@code m}: not an alias to an anchor written
     * elsewhere (an alias's target always starts before the alias's key ends).
     */
    private boolean local(MappingNode m, Node value) {
        if (!yaml.location(m).range().contains(yaml.location(value).range())) {
            return false;
        }
        for (NodeTuple t : m.getValue()) {
            if (t.getValueNode() == value) {
                return yaml.location(value).range().start() >= yaml.location(t.getKeyNode()).range().end();
            }
        }
        return true;
    }

    private static boolean isFlow(Node n) {
        return n instanceof CollectionNode<?> c && c.getFlowStyle() == FlowStyle.FLOW;
    }

    /**
     * What goes before a new last entry of a flow collection closing at {@code close}: {@code ", "}, or a blank
     * when the collection already ends with a trailing comma ({@code [a, b,]}).
     */
    private String separator(int close) {
        String text = file.text();
        int i = close - 1;
        while (i >= 0) {
            char c = text.charAt(i);
            if (c == '\n') {
                int hash = commentStart(text, i);
                i = hash >= 0 ? hash - 1 : i - 1;
            } else if (Character.isWhitespace(c)) {
                i--;
            } else {
                break;
            }
        }
        return i >= 0 && text.charAt(i) == ',' ? " " : ", ";
    }

    /** Where a comment starts on the line that ends at {@code lineEnd}, or -1. */
    private static int commentStart(String text, int lineEnd) {
        int start = text.lastIndexOf('\n', lineEnd - 1) + 1;
        for (int i = start; i < lineEnd; i++) {
            if (text.charAt(i) == '#' && (i == start || Character.isWhitespace(text.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    private int column(Node n) {
        int start = yaml.location(n).range().start();
        return start - file.lineStart(file.position(start).line());
    }

    /**
     * The end of the line holding the last character of {@code n}'s content. A last value that is an alias
     * ({@code <<: *base}) ends where the alias is written, not where its anchor is.
     */
    private int lineEnd(Node n) {
        Node last = n;
        while (!isFlow(last) && last instanceof CollectionNode<?>) {
            int before; // where the last item must start, unless it is an alias to an anchor written earlier
            Node next;
            if (last instanceof MappingNode m && !m.getValue().isEmpty()) {
                NodeTuple t = m.getValue().get(m.getValue().size() - 1);
                before = yaml.location(t.getKeyNode()).range().end();
                next = t.getValueNode();
            } else if (last instanceof SequenceNode s && !s.getValue().isEmpty()) {
                int size = s.getValue().size();
                before = size > 1 ? yaml.location(s.getValue().get(size - 2)).range().end()
                        : yaml.location(s).range().start();
                next = s.getValue().get(s.getValue().size() - 1);
            } else {
                break;
            }
            if (yaml.location(next).range().start() < before) {
                return file.lineContentEnd(file.position(aliasEnd(before)).line());
            }
            last = next;
        }
        TextRange r = yaml.location(last).range();
        int offset = r.end() > r.start() ? r.end() - 1 : r.start();
        return file.lineContentEnd(file.position(offset).line());
    }

    /** The last character of the first alias ({@code *name}) after {@code from}, past comments; else {@code from}. */
    private int aliasEnd(int from) {
        String text = file.text();
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '*') {
                int end = i + 1;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))
                        && ",[]{}".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                return end - 1;
            }
        }
        return from;
    }

    /**
     * The file's indentation step for nested keys (the smallest seen, 2 when none) and for block sequences under
     * a key (the dash's column minus the key's, as first seen: 0 in kubectl's style; the step when none).
     */
    private int[] indents(List<Node> documents) {
        int[] found = {Integer.MAX_VALUE, -1};
        for (Node d : documents) {
            indentsOf(d, -1, found, 0);
        }
        int step = found[0] == Integer.MAX_VALUE ? 2 : found[0];
        return new int[] {step, found[1] < 0 ? step : found[1]};
    }

    private void indentsOf(Node n, int parentColumn, int[] found, int depth) {
        if (depth > 50) {
            return;
        }
        if (n instanceof SequenceNode s && !isFlow(s)) {
            if (found[1] < 0 && parentColumn >= 0 && !s.getValue().isEmpty()) {
                int start = yaml.location(s.getValue().get(0)).range().start();
                int dash = file.text().lastIndexOf('-', start);
                if (dash >= 0 && file.position(dash).line() == file.position(start).line()) {
                    int dashColumn = dash - file.lineStart(file.position(dash).line());
                    found[1] = dashColumn >= parentColumn ? dashColumn - parentColumn : -1;
                }
            }
            for (Node item : s.getValue()) {
                indentsOf(item, parentColumn, found, depth + 1);
            }
            return;
        }
        if (!(n instanceof MappingNode m) || isFlow(m)) {
            return;
        }
        for (NodeTuple t : m.getValue()) {
            int column = t.getKeyNode().getStartMark().map(k -> k.getColumn()).orElse(0);
            if (parentColumn >= 0 && column > parentColumn) {
                found[0] = Math.min(found[0], column - parentColumn);
            }
            indentsOf(t.getValueNode(), column, found, depth + 1);
        }
    }
}
