package dev.lashing.runtime.suppress;

import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import dev.lashing.core.suppress.SuppressionParser;
import java.util.List;
import java.util.Optional;

/**
 * Directives in files of lines with whole-line comments: systemd units ({@code #} and {@code ;}, values
 * continued with a trailing backslash) and env files ({@code #}). A directive covers the next line when
 * only comment lines lie between (a blank line ends its reach), that line's continuations included;
 * the {@code global} form covers the whole file. Both also cover every container declared in what they
 * cover: a comment above a unit's {@code [Container]} header covers the whole container.
 */
final class LineComments {
    private LineComments() {}

    /** Adds the directives of {@code file} to {@code out}; {@code unit} selects systemd's syntax. */
    static void scan(SourceFile file, boolean unit, List<RuntimeDirective> out,
            List<FileDirectives.Malformed> malformed) {
        String text = file.text();
        TextRange whole = new TextRange(0, text.length());
        for (int line = 1; line <= file.lineCount(); line++) {
            int hash = commentStart(file, line, unit);
            if (hash < 0) {
                continue;
            }
            SuppressionParser.Result r = CommentDirective.read(text, hash, file.lineContentEnd(line));
            if (r instanceof SuppressionParser.Parsed p && p.directive().fileWide()) {
                CommentDirective.add(r, whole, true, out, malformed);
            } else {
                CommentDirective.add(r, target(file, line, unit).orElse(TextRange.at(hash)), true, out, malformed);
            }
        }
    }

    /** The next line after the comment on {@code line}, with its continuation lines. */
    private static Optional<TextRange> target(SourceFile file, int line, boolean unit) {
        int next = line + 1;
        while (next <= file.lineCount() && commentStart(file, next, unit) >= 0) {
            next++;
        }
        if (next > file.lineCount() || file.lineText(next).isBlank()) {
            return Optional.empty();
        }
        int last = next;
        while (unit && last < file.lineCount() && file.lineText(last).endsWith("\\")) {
            last++;
            while (last < file.lineCount() && commentStart(file, last, true) >= 0) {
                last++;
            }
        }
        return Optional.of(new TextRange(file.lineStart(next), file.lineContentEnd(last)));
    }

    /** The offset of the comment character of a comment line, or -1 when {@code line} is not one. */
    private static int commentStart(SourceFile file, int line, boolean unit) {
        String text = file.text();
        int i = file.lineStart(line);
        int end = file.lineContentEnd(line);
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < end && (text.charAt(i) == '#' || unit && text.charAt(i) == ';') ? i : -1;
    }
}
