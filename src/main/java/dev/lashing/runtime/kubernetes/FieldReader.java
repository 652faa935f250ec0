package dev.lashing.runtime.kubernetes;

import dev.lashing.core.InputError;
import dev.lashing.core.Location;
import dev.lashing.core.TextRange;
import dev.lashing.runtime.yaml.YamlComments;
import dev.lashing.runtime.model.Sourced;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads typed fields of manifest mappings into {@link Sourced} values located in the manifest: a
 * field kubectl would refuse (a string where a boolean belongs, {@code runAsUser: "abc"}) becomes an
 * error and an unresolved value, and a template left unrendered becomes an unresolved value without
 * an error. Every read returns null when the field is absent or null.
 */
final class FieldReader {
    private static final int MAX_TEXT = 200;
    private final Locator locator;
    private final List<InputError> errors;

    FieldReader(Locator locator, List<InputError> errors) {
        this.locator = locator;
        this.errors = errors;
    }

    /** The location of {@code node} in the manifest. */
    Location location(Node node) {
        return locator.location(node);
    }

    /** The location of a whole entry, from its key to the end of its value. */
    Location span(NodeTuple entry) {
        Location key = location(entry.getKeyNode());
        Location value = location(entry.getValueNode());
        return key.file().location(key.range().union(value.range()));
    }

    /** The text of an entry as written, cut to its first line. */
    String text(NodeTuple entry) {
        return firstLine(span(entry));
    }

    /** The text of a node as written, cut to its first line. */
    String text(Node node) {
        return firstLine(location(node));
    }

    private static String firstLine(Location at) {
        TextRange r = at.range();
        String all = at.file().text();
        int end = Math.min(r.end(), r.start() + MAX_TEXT);
        for (int i = r.start(); i < end; i++) {
            if (all.charAt(i) == '\n' || all.charAt(i) == '\r') {
                end = i;
                break;
            }
        }
        return YamlComments.strip(all.substring(r.start(), end));
    }

    /** Reports {@code message} at {@code node}. */
    void error(Node node, String message) {
        errors.add(InputError.at(location(node), message));
    }

    /** Reports {@code message} at {@code at}. */
    void error(Location at, String message) {
        errors.add(InputError.at(at, message));
    }

    /** True when {@code node} is a template left unrendered rather than a value. */
    boolean isTemplate(Node node) {
        if (node instanceof ScalarNode s) {
            return Scalars.isTemplate(s.getValue());
        }
        Location at = location(node);
        return at.file().text().startsWith("{{", at.range().start());
    }

    /** A boolean field. */
    Sourced<Boolean> bool(YamlMap map, String key) {
        NodeTuple e = map.entry(key);
        Node v = map.value(key);
        if (v == null) {
            return null;
        }
        if (v instanceof ScalarNode s && Scalars.type(s) == Scalars.Type.BOOL) {
            return Sourced.explicit(Scalars.bool(normalBool(s)), span(e), text(e));
        }
        return wrong(e, key + " must be true or false");
    }

    private static String normalBool(ScalarNode s) {
        // an explicit !!bool tag on a YAML 1.2 spelling ("True") reads like YAML 1.1
        return Scalars.bool(s.getValue()) == null ? "false" : s.getValue();
    }

    /** An integer field between {@code min} and {@code max}. */
    Sourced<Long> integer(YamlMap map, String key, long min, long max) {
        NodeTuple e = map.entry(key);
        Node v = map.value(key);
        if (v == null) {
            return null;
        }
        Long n = v instanceof ScalarNode s && Scalars.type(s) == Scalars.Type.INT ? Scalars.integer(s.getValue()) : null;
        if (n == null) {
            return wrong(e, key + " must be an integer");
        }
        if (n < min || n > max) {
            error(v, key + " must be between " + min + " and " + max + ", not " + n);
            return Sourced.unresolved(span(e), text(e));
        }
        return Sourced.explicit(n, span(e), text(e));
    }

    /** A string field. */
    Sourced<String> string(YamlMap map, String key) {
        NodeTuple e = map.entry(key);
        Node v = map.value(key);
        if (v == null) {
            return null;
        }
        return stringValue(v, span(e), text(e), key);
    }

    /** The string {@code node} holds, located at {@code at}; {@code what} names it in errors. */
    Sourced<String> stringValue(Node node, Location at, String text, String what) {
        if (node instanceof ScalarNode s && Scalars.type(s) == Scalars.Type.STRING) {
            return Scalars.isTemplate(s.getValue()) ? Sourced.unresolved(at, text) : Sourced.explicit(s.getValue(), at,
                    text);
        }
        if (isTemplate(node)) {
            return Sourced.unresolved(at, text);
        }
        error(node, what + " must be a string, not " + Scalars.describe(node)
                + (node instanceof ScalarNode ? " (quote it)" : ""));
        return Sourced.unresolved(at, text);
    }

    /** A string field as written, for names and references: null when absent or not a string. */
    String name(YamlMap map, String key) {
        Node v = map.value(key);
        if (v instanceof ScalarNode s && Scalars.type(s) == Scalars.Type.STRING) {
            return s.getValue();
        }
        if (v != null && !isTemplate(v)) {
            error(v, key + " must be a string, not " + Scalars.describe(v));
        }
        return v == null ? null : text(v);
    }

    /** A field holding a mapping. */
    Section section(YamlMap map, String key) {
        NodeTuple e = map.entry(key);
        Node v = map.value(key);
        if (v == null) {
            return Section.absent(this);
        }
        if (v instanceof MappingNode m && !isTemplate(v)) {
            return Section.of(this, YamlMap.of(m), span(e), text(e));
        }
        boolean template = isTemplate(v);
        if (!template) {
            error(v, key + " must be a mapping, not " + Scalars.describe(v));
        }
        return Section.unresolved(this, span(e), text(e), template);
    }

    /** A field holding a list. */
    Items items(YamlMap map, String key) {
        NodeTuple e = map.entry(key);
        Node v = map.value(key);
        if (v == null) {
            return Items.ABSENT;
        }
        if (v instanceof SequenceNode seq) {
            return Items.of(seq.getValue(), span(e), text(e));
        }
        boolean template = isTemplate(v);
        if (!template) {
            error(v, key + " must be a list, not " + Scalars.describe(v));
        }
        return Items.unresolved(span(e), text(e), template);
    }

    private <T> Sourced<T> wrong(NodeTuple e, String message) {
        Node v = e.getValueNode();
        if (!isTemplate(v)) {
            error(v, message + ", not " + Scalars.describe(v));
        }
        return Sourced.unresolved(span(e), text(e));
    }
}
