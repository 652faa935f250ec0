package dev.lashing.runtime.suppress;

import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import dev.lashing.core.suppress.SuppressionParser;
import dev.lashing.runtime.yaml.YamlException;
import dev.lashing.runtime.yaml.YamlSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Directives in a YAML file (compose file, Kubernetes manifest). A comment on its own line covers the
 * outermost node that starts on the next line, with everything nested under it (only comment lines may
 * lie between; a blank line ends its reach), and every container declared there; a comment at the end
 * of a line covers the findings that start on that line; the {@code global} form covers the whole
 * file. Each document is composed on its own (cut at {@code ---} lines), so a broken document loses
 * only its own directives. In a manifest, workload annotations are read too.
 */
final class YamlComments {
    private YamlComments() {}

    /** Adds the directives of {@code file} to {@code out}; {@code annotations} reads workload annotations too. */
    static void scan(SourceFile file, boolean annotations, List<RuntimeDirective> out,
            List<FileDirectives.Malformed> malformed) {
        String text = file.text();
        if (!text.contains("lashing") && !(annotations && WorkloadAnnotations.mayHold(text))) {
            return; // no directive can be here: spare composing the file a second time
        }
        YamlLayout layout = new YamlLayout(file);
        List<TextRange> composed = new ArrayList<>();
        for (YamlSource.Part cut : YamlSource.parts(file)) {
            int from = cut.from();
            YamlSource part = cut.source();
            List<Node> roots;
            try {
                roots = part.documents();
            } catch (YamlException e) {
                if (e.location().isEmpty()) {
                    break; // refused for its size or its aliases: the loader said so; do not pay that again
                }
                continue; // a syntax error: the loader reported it, and nothing of this part was checked
            }
            Function<Node, TextRange> ranges = n -> {
                TextRange r = part.location(n).range();
                return new TextRange(r.start() + from, r.end() + from);
            };
            for (Node root : roots) {
                layout.add(root, ranges);
                if (annotations) {
                    WorkloadAnnotations.scan(root, ranges, text, out, malformed);
                }
            }
            composed.add(new TextRange(from, from + part.file().text().length()));
        }
        comments(file, layout, composed, out, malformed);
    }

    private static void comments(SourceFile file, YamlLayout layout, List<TextRange> composed,
            List<RuntimeDirective> out, List<FileDirectives.Malformed> malformed) {
        String text = file.text();
        int lines = file.lineCount();
        int[] hash = new int[lines + 2];
        int part = 0;
        for (int line = 1; line <= lines; line++) {
            int start = file.lineStart(line);
            while (part < composed.size() && composed.get(part).end() <= start) {
                part++;
            }
            boolean readable = part < composed.size() && composed.get(part).start() <= start;
            hash[line] = readable ? commentStart(text, start, file.lineContentEnd(line), layout) : -1;
        }
        hash[lines + 1] = -1;
        TextRange whole = new TextRange(0, text.length());
        for (int line = 1; line <= lines; line++) {
            if (hash[line] < 0) {
                continue;
            }
            int end = file.lineContentEnd(line);
            SuppressionParser.Result r = CommentDirective.read(text, hash[line], end);
            if (r instanceof SuppressionParser.Parsed p && p.directive().fileWide()) {
                CommentDirective.add(r, whole, true, out, malformed);
            } else if (ownLine(text, file.lineStart(line), hash[line])) {
                TextRange target = next(file, line, hash, layout).orElse(TextRange.at(hash[line]));
                CommentDirective.add(r, target, true, out, malformed);
            } else {
                CommentDirective.add(r, new TextRange(file.lineStart(line), end), false, out, malformed);
            }
        }
    }

    /** What a comment on its own {@code line} covers: the outermost node on the next non-comment line. */
    private static Optional<TextRange> next(SourceFile file, int line, int[] hash, YamlLayout layout) {
        String text = file.text();
        int next = line + 1;
        while (next <= file.lineCount() && hash[next] >= 0 && ownLine(text, file.lineStart(next), hash[next])) {
            next++;
        }
        if (next > file.lineCount() || file.lineText(next).isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(layout.scopeAt(next));
    }

    private static boolean ownLine(String text, int lineStart, int hash) {
        return text.substring(lineStart, hash).isBlank();
    }

    /** The offset of the {@code #} that starts a comment on a line, or -1. */
    private static int commentStart(String text, int from, int to, YamlLayout layout) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '#' && (i == from || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')
                    && !layout.inScalar(i)) {
                return i;
            }
        }
        return -1;
    }
}
