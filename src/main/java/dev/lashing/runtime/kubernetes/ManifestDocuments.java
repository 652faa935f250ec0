package dev.lashing.runtime.kubernetes;

import dev.lashing.core.InputError;
import dev.lashing.core.SourceFile;
import dev.lashing.runtime.yaml.YamlException;
import dev.lashing.runtime.yaml.YamlSource;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The YAML documents of a manifest, each composed on its own so that a broken document (a syntax
 * error, a template that breaks the YAML) is reported while the others still load. The file is cut at
 * its {@code ---} lines, which YAML forbids inside any node, so cutting there never splits a value.
 *
 * <p>Limits hold for the whole file: its size, and the nodes that aliases expand its documents to,
 * counted across documents so that many small bombs cannot add up to a big one.
 */
final class ManifestDocuments {

    /** A composed document and the reader that locates its nodes in the manifest. */
    record Document(Node root, FieldReader reader) {
    }

    private ManifestDocuments() {
    }

    /** Every document of {@code file} that composes, in order; what does not compose goes to {@code errors}. */
    static List<Document> read(SourceFile file, List<InputError> errors) {
        String text = file.text();
        List<Document> out = new ArrayList<>();
        if (text.length() > YamlSource.MAX_CODE_POINTS
                && text.codePointCount(0, text.length()) > YamlSource.MAX_CODE_POINTS) {
            errors.add(InputError.ofFile(file.path(), "manifest too large (more than " + YamlSource.MAX_CODE_POINTS
                    + " characters): not read"));
            return out;
        }
        long budget = YamlSource.MAX_EXPANDED_NODES + 2L * text.length();
        for (YamlSource.Part cut : YamlSource.parts(file)) {
            int from = cut.from();
            YamlSource part = cut.source();
            Locator locator = new Locator(part, file, from);
            FieldReader reader = new FieldReader(locator, errors);
            List<Node> roots;
            try {
                roots = part.documents();
            } catch (YamlException e) {
                errors.add(e.location().map(l -> InputError.at(locator.shift(l), e.getMessage()))
                        .orElseGet(() -> InputError.ofFile(file.path(), e.getMessage())));
                if (e.location().isEmpty()) {
                    budget -= YamlSource.MAX_EXPANDED_NODES; // a refused bomb costs its limit to find
                }
                if (budget < 0) {
                    errors.add(InputError.ofFile(file.path(), "too many documents refused: the rest of the "
                            + "manifest is not read"));
                    return out;
                }
                continue;
            }
            for (Node root : roots) {
                budget -= expandedSize(root, budget + 1);
                if (budget < 0) {
                    errors.add(InputError.at(locator.location(root), "the manifest's documents expand to more than "
                            + (YamlSource.MAX_EXPANDED_NODES + 2L * text.length()) + " nodes through their aliases: "
                            + "refused as a possible \"billion laughs\" bomb; the rest of the manifest is not read"));
                    return out;
                }
                out.add(new Document(root, reader));
            }
        }
        return out;
    }

    /** The nodes {@code root} expands to through its aliases, counting stops past {@code cap}. */
    static long expandedSize(Node root, long cap) {
        List<Node> stack = new ArrayList<>();
        stack.add(root);
        long seen = 0;
        while (!stack.isEmpty() && seen <= cap) {
            Node n = stack.remove(stack.size() - 1);
            seen++;
            if (n instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    stack.add(t.getKeyNode());
                    stack.add(t.getValueNode());
                }
            } else if (n instanceof SequenceNode s) {
                stack.addAll(s.getValue());
            }
        }
        return seen;
    }
}
