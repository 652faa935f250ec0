package dev.lashing.config;

import dev.lashing.core.Position;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Composes a configuration file into YAML nodes with positions, under limits that defuse YAML bombs
 * (no recursive keys, few aliases to collections, a code-point cap), and reads typed values from
 * nodes, reporting the position of any value of the wrong type.
 */
final class Yaml {
    /** The largest configuration accepted, in code points (and in bytes before decoding). */
    static final int MAX_CODE_POINTS = 1_000_000;
    /** Aliases to collections allowed in one file; configuration has little use for them. */
    static final int MAX_COLLECTION_ALIASES = 20;

    private final Path file;

    Yaml(Path file) {
        this.file = file;
    }

    /** The root node, or empty for an empty document (only comments or whitespace). */
    Optional<Node> compose(String text) throws ConfigException {
        if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            throw error(Optional.empty(), "configuration too large (more than " + MAX_CODE_POINTS + " characters)");
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_COLLECTION_ALIASES)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setUseMarks(true)
                // SnakeYAML Engine 2.10 fails (IndexOutOfBoundsException) when a surrogate pair straddles
                // its read buffer's end; one buffer for the whole text never has such an end
                .setBufferSize(text.length() + 1)
                .build();
        try {
            Iterable<Node> docs = new Compose(settings).composeAllFromString(text);
            Node first = null;
            for (Node d : docs) {
                if (first != null) {
                    throw error(d, "a configuration file holds one YAML document, found several");
                }
                first = d;
            }
            return Optional.ofNullable(first);
        } catch (MarkedYamlEngineException e) {
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            if (problem.contains("found duplicate key")) {
                problem = problem.replace("found duplicate key", "duplicate key");
            }
            Optional<Position> pos = e.getProblemMark().or(e::getContextMark)
                    .map(m -> new Position(m.getLine() + 1, m.getColumn() + 1));
            throw error(pos, "invalid YAML: " + problem);
        } catch (YamlEngineException e) {
            String m = String.valueOf(e.getMessage());
            String lower = m.toLowerCase(Locale.ROOT);
            if (lower.contains("aliases")) {
                throw error(Optional.empty(), "configuration has too many aliases (at most "
                        + MAX_COLLECTION_ALIASES + " to lists or maps)");
            }
            if (lower.contains("exceeds the limit") || lower.contains("code points")) {
                throw error(Optional.empty(), "configuration too large (more than " + MAX_CODE_POINTS + " characters)");
            }
            if (lower.contains("recursive")) {
                throw error(Optional.empty(), "configuration uses a recursive key");
            }
            throw error(Optional.empty(), "invalid YAML: " + m);
        } catch (StackOverflowError e) {
            throw error(Optional.empty(), "configuration nested too deeply");
        } catch (RuntimeException e) {
            throw error(Optional.empty(), "the YAML parser failed on this file (" + e + "); please report it");
        }
    }

    ConfigException error(Node node, String message) {
        return error(position(node), message);
    }

    ConfigException error(Optional<Position> position, String message) {
        return new ConfigException(file, position, message);
    }

    static Optional<Position> position(Node node) {
        return node.getStartMark().map(m -> new Position(m.getLine() + 1, m.getColumn() + 1));
    }

    /** "line:col: " prefix for warnings, or empty. */
    String where(Node node) {
        return file + position(node).map(p -> ":" + p.line() + ":" + p.column()).orElse("") + ": ";
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    /** The root as a mapping; an empty (null) document is an empty mapping. */
    List<NodeTuple> rootMapping(Node root) throws ConfigException {
        if (isNull(root)) {
            return List.of();
        }
        if (!(root instanceof MappingNode m)) {
            throw error(root, "expected a mapping of configuration keys at the top level, found " + describe(root));
        }
        return unique(m);
    }

    /** The entries of {@code m}, refusing a key that appears twice (at the second occurrence). */
    private List<NodeTuple> unique(MappingNode m) throws ConfigException {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (NodeTuple t : m.getValue()) {
            String k = key(t);
            if (!seen.add(k)) {
                throw error(t.getKeyNode(), "duplicate key '" + k + "'");
            }
        }
        return m.getValue();
    }

    /** The key of a mapping entry, which must be a plain string. */
    String key(NodeTuple t) throws ConfigException {
        if (!(t.getKeyNode() instanceof ScalarNode s)) {
            throw error(t.getKeyNode(), "expected a string key, found " + describe(t.getKeyNode()));
        }
        return s.getValue();
    }

    /** A scalar as a string (of any scalar type except null). */
    String string(Node node, String what) throws ConfigException {
        if (node instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())) {
            return s.getValue();
        }
        throw error(node, "expected " + what + ", found " + describe(node));
    }

    /** A YAML boolean; {@code lenient} also accepts YAML 1.1's yes/no/on/off, as hadolint's parser does. */
    boolean bool(Node node, String key, boolean lenient) throws ConfigException {
        if (node instanceof ScalarNode s) {
            if (Tag.BOOL.equals(s.getTag())) {
                return Boolean.parseBoolean(s.getValue().toLowerCase(Locale.ROOT));
            }
            if (lenient && Tag.STR.equals(s.getTag())) {
                switch (s.getValue().toLowerCase(Locale.ROOT)) {
                    case "yes", "on", "y" -> {
                        return true;
                    }
                    case "no", "off", "n" -> {
                        return false;
                    }
                    default -> { }
                }
            }
        }
        throw error(node, "'" + key + "' must be true or false, found " + describe(node));
    }

    /** A sequence of non-null scalars; {@code allowScalar} accepts one scalar as a one-element list. */
    List<String> stringList(Node node, String key, boolean allowScalar) throws ConfigException {
        if (allowScalar && node instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())) {
            return List.of(s.getValue());
        }
        if (isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode seq)) {
            throw error(node, "'" + key + "' must be a list of strings, found " + describe(node));
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            out.add(string(item, "a string in '" + key + "'"));
        }
        return out;
    }

    /** A mapping, as its tuples; null counts as empty. */
    List<NodeTuple> mapping(Node node, String key) throws ConfigException {
        if (isNull(node)) {
            return List.of();
        }
        if (!(node instanceof MappingNode m)) {
            throw error(node, "'" + key + "' must be a mapping, found " + describe(node));
        }
        return unique(m);
    }

    /** A mapping of string to string; null values become {@code nullValue}. */
    Map<String, String> stringMap(Node node, String key, String nullValue) throws ConfigException {
        Map<String, String> out = new LinkedHashMap<>();
        for (NodeTuple t : mapping(node, key)) {
            String k = key(t);
            out.put(k, isNull(t.getValueNode()) ? nullValue : string(t.getValueNode(), "a string value for '" + k + "'"));
        }
        return out;
    }

    /** A short description of what a node is, for messages. */
    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode s = (ScalarNode) node;
        Tag t = s.getTag();
        if (Tag.NULL.equals(t)) {
            return "nothing (null)";
        }
        String kind = Tag.BOOL.equals(t) ? "boolean" : Tag.INT.equals(t) ? "number" : Tag.FLOAT.equals(t) ? "number" : "string";
        String v = s.getValue();
        if (v.length() > 40) {
            v = v.substring(0, 40) + "...";
        }
        return kind + " '" + v + "'";
    }
}
