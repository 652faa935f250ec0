package dev.lashing.runtime.yaml;

import dev.lashing.core.InputError;
import dev.lashing.core.Location;
import dev.lashing.core.Position;
import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML file from a stranger, composed into nodes with positions: every document of it (Kubernetes
 * manifests hold several), under limits that defuse YAML bombs (few aliases to collections, no
 * recursive keys, a size cap, bounded nesting). Node positions map to lashing {@link Location}s in
 * the same {@link SourceFile}, so findings and errors carry file, line and column.
 *
 * <p>Nodes are composed, not constructed: tags and merge keys ({@code <<}) are left to the adapters,
 * which know which of them the format honours.
 */
public final class YamlSource {
    /** The largest YAML input accepted, in code points: rendered Helm charts run to megabytes. */
    public static final int MAX_CODE_POINTS = 16 * 1024 * 1024;
    /** Aliases to lists or maps allowed in one file: compose files use anchors, bombs use thousands. */
    public static final int MAX_COLLECTION_ALIASES = 500;
    /** Nesting deeper than this is refused (no real manifest comes close). */
    public static final int MAX_DEPTH = 200;
    /** Nodes a file's documents may expand to through aliases, together: far above real manifests, far below a bomb. */
    public static final int MAX_EXPANDED_NODES = 2_000_000;

    private final SourceFile file;

    /** Reads {@code file}. */
    public YamlSource(SourceFile file) {
        this.file = file;
    }

    /** The file. */
    public SourceFile file() {
        return file;
    }

    /** Every document, in order; an empty document (only comments) is left out. */
    public List<Node> documents() throws YamlException {
        String text = file.text();
        if (text.length() > MAX_CODE_POINTS && text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            throw error(Optional.empty(), "YAML input too large (more than " + MAX_CODE_POINTS + " characters)");
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.path())
                .setAllowDuplicateKeys(true) // compose and kubectl take the last; adapters warn where it matters
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_COLLECTION_ALIASES)
                .setCodePointLimit(MAX_CODE_POINTS + 1)
                .setUseMarks(true)
                // SnakeYAML Engine 2.10 fails (IndexOutOfBoundsException) when a surrogate pair straddles
                // its read buffer's end; one buffer for the whole text never has such an end
                .setBufferSize(text.length() + 1)
                .build();
        List<Node> out = new ArrayList<>();
        long[] expanded = {0}; // over the whole file: many small bombs add up
        try {
            for (Node d : new Compose(settings).composeAllFromString(text)) {
                if (d != null && !(d instanceof ScalarNode sc && sc.getValue().isEmpty() && Tag.NULL.equals(sc.getTag()))) {
                    checkShape(d, expanded);
                    out.add(d);
                }
            }
            return out;
        } catch (MarkedYamlEngineException e) {
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            Optional<Location> at = e.getProblemMark().or(e::getContextMark).map(this::at);
            throw error(at, "invalid YAML: " + problem);
        } catch (YamlEngineException e) {
            String m = String.valueOf(e.getMessage());
            String lower = m.toLowerCase(Locale.ROOT);
            if (lower.contains("aliases")) {
                throw error(Optional.empty(), "too many YAML aliases (at most " + MAX_COLLECTION_ALIASES
                        + " to lists or maps): refused as a possible \"billion laughs\" bomb");
            }
            if (lower.contains("recursive")) {
                throw error(Optional.empty(), "YAML uses a recursive key");
            }
            throw error(Optional.empty(), "invalid YAML: " + m);
        } catch (StackOverflowError e) {
            throw error(Optional.empty(), "YAML nested too deeply");
        } catch (RuntimeException e) {
            // a defect of the parser on some input: an error for this file, never a crash of the run
            throw error(Optional.empty(), "the YAML parser failed on this file (" + e + "); please report it");
        }
    }

    /**
     * A part of a file cut at {@link #documentStarts}, composed on its own.
     *
     * @param from the offset in the file where the part starts (locations in it are shifted by this)
     * @param source the part's text, under the same path
     */
    public record Part(int from, YamlSource source) {
    }

    /** The parts of {@code file} cut at its document starts, each ready to compose on its own. */
    public static List<Part> parts(SourceFile file) {
        String text = file.text();
        List<Integer> starts = documentStarts(text);
        List<Part> parts = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            parts.add(new Part(from, new YamlSource(new SourceFile(file.path(), text.substring(from, to)))));
        }
        return parts;
    }

    /**
     * The offsets at which a file's documents can be cut so that each part composes on its own: the
     * file's start and each {@code ---} line (with the directives before it). YAML forbids a {@code ---}
     * line inside any node, so a cut there never splits a value.
     */
    public static List<Integer> documentStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int directivesFrom = -1;
        for (int line = 0; line < text.length(); ) {
            int next = text.indexOf('\n', line);
            next = next < 0 ? text.length() : next + 1;
            if (text.startsWith("---", line) && (line + 3 == text.length() || " \t\r\n".indexOf(text.charAt(line + 3)) >= 0)) {
                int start = directivesFrom >= 0 ? directivesFrom : line;
                if (start > starts.get(starts.size() - 1)) {
                    starts.add(start);
                }
                directivesFrom = -1;
            } else if (text.startsWith("%", line)) {
                directivesFrom = directivesFrom >= 0 ? directivesFrom : line;
            } else {
                directivesFrom = -1;
            }
            line = next;
        }
        return starts;
    }

    /**
     * Refuses a document nested too deeply, or one whose aliases expand it past
     * {@link #MAX_EXPANDED_NODES} nodes: composing shares aliased nodes, but adapters walk the
     * expanded tree, which is where a "billion laughs" file explodes.
     */
    private void checkShape(Node root, long[] expanded) throws YamlException {
        // breadth first and iterative, so that the check itself cannot overflow the stack
        List<Node> level = List.of(root);
        long seen = expanded[0];
        for (int depth = 0; !level.isEmpty(); depth++) {
            if (depth > MAX_DEPTH) {
                throw error(Optional.of(location(level.get(0))), "YAML nested more than " + MAX_DEPTH + " levels deep");
            }
            seen += level.size();
            if (seen > MAX_EXPANDED_NODES) {
                throw error(Optional.empty(), "YAML expands to more than " + MAX_EXPANDED_NODES + " nodes through its "
                        + "aliases: refused as a possible \"billion laughs\" bomb");
            }
            List<Node> next = new ArrayList<>();
            for (Node n : level) {
                if (n instanceof MappingNode m) {
                    for (NodeTuple t : m.getValue()) {
                        next.add(t.getKeyNode());
                        next.add(t.getValueNode());
                    }
                } else if (n instanceof SequenceNode sq) {
                    next.addAll(sq.getValue());
                }
                if (seen + next.size() > MAX_EXPANDED_NODES) {
                    throw error(Optional.empty(), "YAML expands to more than " + MAX_EXPANDED_NODES + " nodes through "
                            + "its aliases: refused as a possible \"billion laughs\" bomb");
                }
            }
            level = next;
        }
        expanded[0] = seen;
    }

    /** The location of {@code node}, from its start to its end mark. */
    public Location location(Node node) {
        int start = node.getStartMark().map(this::offset).orElse(0);
        int end = node.getEndMark().map(this::offset).orElse(start);
        return file.location(new TextRange(start, Math.max(start, end)));
    }

    /** An empty location at {@code mark}. */
    public Location at(Mark mark) {
        return file.location(TextRange.at(offset(mark)));
    }

    /** An error at {@code node}. */
    public InputError error(Node node, String message) {
        return InputError.at(location(node), message);
    }

    /** The UTF-16 offset of a mark (SnakeYAML counts columns in code points). */
    private int offset(Mark mark) {
        int lineStart = file.offset(new Position(mark.getLine() + 1, 1));
        String text = file.text();
        int i = lineStart;
        for (int cp = 0; cp < mark.getColumn() && i < text.length(); cp++) {
            i += Character.charCount(text.codePointAt(i));
        }
        return Math.min(i, text.length());
    }

    private YamlException error(Optional<Location> at, String message) {
        return new YamlException(at.map(l -> InputError.at(l, message)).orElseGet(() -> InputError.ofFile(file.path(),
                message)));
    }
}
