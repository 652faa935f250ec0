package dev.lashing.runtime.compose;

import dev.lashing.core.InputError;
import dev.lashing.core.Location;
import dev.lashing.runtime.compose.Value.Modifier;
import dev.lashing.runtime.yaml.YamlSource;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Turns the composed YAML nodes of one compose file into {@link Value}s: YAML merge keys
 * ({@code <<: *anchor}, {@code <<: [*a, *b]}) applied, the {@code !reset} and {@code !override}
 * tags noted, and every scalar value (never a key) interpolated. Aliased nodes are converted once
 * and shared, so anchors cost no extra memory.
 */
final class YamlTree {
    private static final String RESET = "!reset";
    private static final String OVERRIDE = "!override";
    private static final String MERGE_KEY = "<<";

    private final YamlSource yaml;
    private final Interpolator interpolator;
    private final Consumer<InputError> errors;
    private final Budget budget;
    private final Map<Node, Value> converted = new IdentityHashMap<>();

    YamlTree(YamlSource yaml, Interpolator interpolator, Consumer<InputError> errors, Budget budget) {
        this.yaml = yaml;
        this.interpolator = interpolator;
        this.errors = errors;
        this.budget = budget;
    }

    /**
     * The root of a compose document: {@code x-} keys are left out at the top level and in each
     * service (they only matter through the anchors they define).
     */
    Value root(Node node) {
        if (!(node instanceof MappingNode m)) {
            return convert(node);
        }
        MapValue root = map(m, true);
        Map<String, MapValue.Entry> entries = new LinkedHashMap<>(root.entries());
        MapValue.Entry services = entries.get("services");
        if (services != null && services.value() instanceof MapValue s) {
            Map<String, MapValue.Entry> svc = new LinkedHashMap<>();
            for (MapValue.Entry e : s.all()) {
                Value v = e.value();
                if (v instanceof MapValue sm) {
                    v = withoutExtensions(sm);
                }
                svc.put(e.key(), e.withValue(v));
            }
            entries.put("services", services.withValue(new MapValue(svc, s.location(), s.modifier())));
        }
        return new MapValue(entries, root.location(), root.modifier());
    }

    private static MapValue withoutExtensions(MapValue m) {
        Map<String, MapValue.Entry> out = new LinkedHashMap<>();
        for (MapValue.Entry e : m.all()) {
            if (!e.key().startsWith("x-")) {
                out.put(e.key(), e);
            }
        }
        return new MapValue(out, m.location(), m.modifier());
    }

    /** Converts any node (cached: an aliased node converts once). */
    Value convert(Node node) {
        Value done = converted.get(node);
        if (done != null) {
            return done;
        }
        budget.spend(1);
        Value v;
        if (node instanceof MappingNode m) {
            v = map(m, false);
        } else if (node instanceof SequenceNode s) {
            List<Value> items = new ArrayList<>(s.getValue().size());
            for (Node item : s.getValue()) {
                items.add(convert(item));
            }
            v = new ListValue(items, yaml.location(node), modifier(node));
        } else {
            v = scalar((ScalarNode) node);
        }
        converted.put(node, v);
        return v;
    }

    private MapValue map(MappingNode node, boolean skipExtensions) {
        Map<String, MapValue.Entry> entries = new LinkedHashMap<>();
        List<Node> merges = new ArrayList<>();
        for (NodeTuple t : node.getValue()) {
            Node k = t.getKeyNode();
            if (!(k instanceof ScalarNode key)) {
                errors.accept(yaml.error(k, "a mapping key must be a string, found " + kind(k)));
                continue;
            }
            if (key.getValue().equals(MERGE_KEY) && key.getScalarStyle() == ScalarStyle.PLAIN) {
                merges.add(t.getValueNode());
                continue;
            }
            if (skipExtensions && key.getValue().startsWith("x-")) {
                continue;
            }
            entries.remove(key.getValue()); // the last of duplicate keys counts, in its own position
            entries.put(key.getValue(), new MapValue.Entry(key.getValue(), yaml.location(key), convert(t.getValueNode())));
        }
        for (Node merge : merges) {
            List<Node> sources = merge instanceof SequenceNode s ? s.getValue() : List.of(merge);
            for (Node source : sources) {
                if (!(convert(source) instanceof MapValue from)) {
                    errors.accept(yaml.error(source, "a merge key (<<) takes a mapping or a list of mappings, found "
                            + kind(source)));
                    continue;
                }
                for (MapValue.Entry e : from.all()) {
                    if (!(skipExtensions && e.key().startsWith("x-"))) {
                        entries.putIfAbsent(e.key(), e);
                    }
                }
                budget.spend(from.entries().size());
            }
        }
        return new MapValue(entries, yaml.location(node), modifier(node));
    }

    private ScalarValue scalar(ScalarNode node) {
        String raw = node.getValue();
        boolean plain = node.getScalarStyle() == ScalarStyle.PLAIN;
        ScalarValue.Kind kind = plain ? resolve(raw) : ScalarValue.Kind.STRING;
        Location at = yaml.location(node);
        String value = raw;
        if (kind == ScalarValue.Kind.STRING && raw.indexOf('$') >= 0) {
            value = interpolator.interpolate(raw, m -> errors.accept(InputError.at(at, m)));
        }
        return new ScalarValue(raw, value, kind, at, modifier(node));
    }

    /** The type go-yaml gives a plain scalar, as far as compose cares. */
    static ScalarValue.Kind resolve(String s) {
        switch (s) {
            case "", "~", "null", "Null", "NULL" -> {
                return ScalarValue.Kind.NULL;
            }
            case "true", "True", "TRUE", "false", "False", "FALSE" -> {
                return ScalarValue.Kind.BOOL;
            }
            default -> {
                return isNumber(s) ? ScalarValue.Kind.NUMBER : ScalarValue.Kind.STRING;
            }
        }
    }

    private static boolean isNumber(String s) {
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        int digits = 0;
        boolean dot = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else if ((c == 'e' || c == 'E') && digits > 0) {
                return i + 1 < s.length() && isExponent(s.substring(i + 1));
            } else {
                return false;
            }
        }
        return digits > 0;
    }

    private static boolean isExponent(String s) {
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        if (i >= s.length()) {
            return false;
        }
        for (; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Modifier modifier(Node node) {
        String tag = node.getTag().getValue();
        return tag.equals(RESET) ? Modifier.RESET : tag.equals(OVERRIDE) ? Modifier.OVERRIDE : Modifier.NONE;
    }

    private static String kind(Node n) {
        return n instanceof MappingNode ? "a mapping" : n instanceof SequenceNode ? "a list" : "a scalar";
    }
}
