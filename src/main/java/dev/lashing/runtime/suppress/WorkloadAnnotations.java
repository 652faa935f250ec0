package dev.lashing.runtime.suppress;

import dev.lashing.core.TextRange;
import dev.lashing.core.suppress.SuppressionDirective;
import dev.lashing.core.suppress.SuppressionParser;
import dev.lashing.runtime.yaml.YamlNodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Suppression annotations of a Kubernetes object, on its {@code metadata} or its pod template's
 * ({@code spec.template}, and a CronJob's {@code spec.jobTemplate} and its template): lashing's
 * {@code lashing.dev/ignore: "RT001,RT040 -- reason"}, kube-linter's
 * {@code ignore-check.kube-linter.io/<check>: "reason"} and Polaris'
 * {@code polaris.fairwinds.com/<check>-exempt: "true"}. Each covers the whole object, so every
 * container of the workload. Blanket exemptions of other tools (Polaris' {@code polaris.fairwinds.com/exempt})
 * are not honoured: they were written for that tool's checks, not for every lashing rule.
 */
final class WorkloadAnnotations {
    /** lashing's annotation. */
    static final String LASHING = "lashing.dev/ignore";
    /** kube-linter's annotation prefix; the check name follows. */
    static final String KUBE_LINTER = "ignore-check.kube-linter.io/";
    /** Polaris' annotation prefix; {@code <check>-exempt} follows. */
    static final String POLARIS = "polaris.fairwinds.com/";
    private static final String EXEMPT = "-exempt";
    private static final String PREFIX = "lashing ignore=";
    private static final int MAX_LIST_DEPTH = 10;
    private static final List<List<String>> PLACES = List.of(
            List.of("metadata", "annotations"),
            List.of("spec", "template", "metadata", "annotations"),
            List.of("spec", "jobTemplate", "metadata", "annotations"),
            List.of("spec", "jobTemplate", "spec", "template", "metadata", "annotations"));

    private WorkloadAnnotations() {}

    /** False when {@code text} cannot hold a suppression annotation. */
    static boolean mayHold(String text) {
        return text.contains(LASHING) || text.contains(KUBE_LINTER) || text.contains(POLARIS);
    }

    /** Adds the annotation directives of the object {@code root} (or of each item of a list object). */
    static void scan(Node root, Function<Node, TextRange> ranges, String text, List<RuntimeDirective> out,
            List<FileDirectives.Malformed> malformed) {
        object(root, 0, ranges, text, out, malformed);
    }

    private static void object(Node node, int depth, Function<Node, TextRange> ranges, String text,
            List<RuntimeDirective> out, List<FileDirectives.Malformed> malformed) {
        if (!(node instanceof MappingNode m)) {
            return;
        }
        Node kind = YamlNodes.value(m, "kind");
        if (kind instanceof ScalarNode k && k.getValue().endsWith("List") && YamlNodes.value(m, "items") instanceof SequenceNode items) {
            if (depth < MAX_LIST_DEPTH) {
                for (Node item : items.getValue()) {
                    object(item, depth + 1, ranges, text, out, malformed);
                }
            }
            return;
        }
        TextRange covers = ranges.apply(m);
        for (List<String> place : PLACES) {
            Node at = m;
            for (String key : place) {
                at = at instanceof MappingNode mm ? YamlNodes.value(mm, key) : null;
            }
            if (at instanceof MappingNode annotations) {
                for (NodeTuple t : annotations.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v) {
                        annotation(k, v, ranges, text).ifPresent(r -> CommentDirective.add(r, covers, true, out,
                                malformed));
                    }
                }
            }
        }
    }

    /** The directive of one annotation, if it is a suppression. */
    private static Optional<SuppressionParser.Result> annotation(ScalarNode key, ScalarNode value,
            Function<Node, TextRange> ranges, String text) {
        String k = key.getValue();
        TextRange keyRange = ranges.apply(key);
        TextRange valueRange = ranges.apply(value);
        TextRange entry = new TextRange(keyRange.start(), Math.max(keyRange.end(), valueRange.end()));
        Optional<String> reason = Optional.of(value.getValue().strip()).filter(r -> !r.isEmpty());
        if (k.equals(LASHING)) {
            return Optional.of(lashing(value, valueRange, entry, text));
        }
        if (k.startsWith(KUBE_LINTER) && k.length() > KUBE_LINTER.length()) {
            return Optional.of(foreign(SuppressionDirective.Origin.KUBE_LINTER, k.substring(KUBE_LINTER.length()),
                    KUBE_LINTER.length(), key, keyRange, text, reason, entry));
        }
        if (k.startsWith(POLARIS) && k.endsWith(EXEMPT) && k.length() > POLARIS.length() + EXEMPT.length()
                && value.getValue().strip().equalsIgnoreCase("true")) {
            return Optional.of(foreign(SuppressionDirective.Origin.POLARIS,
                    k.substring(POLARIS.length(), k.length() - EXEMPT.length()), POLARIS.length(), key, keyRange,
                    text, Optional.empty(), entry));
        }
        return Optional.empty();
    }

    /** {@code lashing.dev/ignore}: codes and an optional {@code -- reason}, as after {@code ignore=} in a comment. */
    private static SuppressionParser.Result lashing(ScalarNode value, TextRange valueRange, TextRange entry, String text) {
        int contentStart = written(value, valueRange, text);
        boolean exact = contentStart >= 0;
        String body = " " + PREFIX + value.getValue();
        int bodyOffset = (exact ? contentStart : valueRange.start()) - body.length() + value.getValue().length();
        SuppressionParser.Result r = SuppressionParser.parse(body, bodyOffset);
        if (r instanceof SuppressionParser.Malformed m) {
            return new SuppressionParser.Malformed("annotation " + LASHING + ": " + m.message(), valueRange);
        }
        if (!(r instanceof SuppressionParser.Parsed p)) {
            return r;
        }
        List<SuppressionDirective.Code> codes = new ArrayList<>();
        for (SuppressionDirective.Code c : p.directive().codes()) {
            codes.add(exact ? c : new SuppressionDirective.Code(c.text(), valueRange));
        }
        return new SuppressionParser.Parsed(new SuppressionDirective(SuppressionDirective.Origin.LASHING, false, codes,
                p.directive().reason(), entry));
    }

    /** A kube-linter or Polaris annotation naming one check inside its key. */
    private static SuppressionParser.Result foreign(SuppressionDirective.Origin origin, String check, int prefix,
            ScalarNode key, TextRange keyRange, String text, Optional<String> reason, TextRange entry) {
        int start = written(key, keyRange, text);
        TextRange codeRange = start < 0 ? keyRange : new TextRange(start + prefix, start + prefix + check.length());
        return new SuppressionParser.Parsed(new SuppressionDirective(origin, false,
                List.of(new SuppressionDirective.Code(check, codeRange)), reason, entry));
    }

    /**
     * Where the scalar's text starts in the file when it is written there character for character (plain,
     * or quoted without escapes, on one line); -1 otherwise.
     */
    private static int written(ScalarNode node, TextRange range, String text) {
        if (range.end() > text.length()) {
            return -1;
        }
        String raw = text.substring(range.start(), range.end());
        boolean quoted = node.getScalarStyle() == ScalarStyle.SINGLE_QUOTED
                || node.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED;
        if (quoted && raw.length() >= 2 && raw.substring(1, raw.length() - 1).equals(node.getValue())) {
            return range.start() + 1;
        }
        return node.getScalarStyle() == ScalarStyle.PLAIN && raw.equals(node.getValue()) ? range.start() : -1;
    }
}
