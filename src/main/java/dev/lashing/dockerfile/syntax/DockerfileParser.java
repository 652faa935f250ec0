package dev.lashing.dockerfile.syntax;

import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a Dockerfile into nodes the way BuildKit's parser reads it: parser directives at the top,
 * comment and blank lines, and instructions joined across line continuations (skipping comment
 * lines and empty lines inside them), followed by their heredoc bodies. Every line belongs to
 * exactly one node, so printing the nodes gives back the input.
 */
final class DockerfileParser {
    private static final Set<String> DIRECTIVES = Set.of("syntax", "escape", "check");

    private final SourceFile source;
    private final String text;
    private final int lineCount;
    private final int[] starts;
    private final int[] contentEnds;
    private final int[] nexts;
    private final int bom;
    private final List<Node> nodes = new ArrayList<>();
    private final List<ParseIssue> issues = new ArrayList<>();
    private char escape = '\\';

    DockerfileParser(SourceFile source) {
        this.source = source;
        this.text = source.text();
        this.bom = text.startsWith("\uFEFF") ? 1 : 0;
        List<int[]> lines = new ArrayList<>();
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int nl = text.indexOf('\n', pos);
            int next = nl < 0 ? n : nl + 1;
            int end = nl < 0 ? n : nl;
            while (end > pos && text.charAt(end - 1) == '\r') {
                end--;
            }
            lines.add(new int[] {pos, end, next});
            pos = next;
        }
        lineCount = lines.size();
        starts = new int[lineCount];
        contentEnds = new int[lineCount];
        nexts = new int[lineCount];
        for (int i = 0; i < lineCount; i++) {
            starts[i] = lines.get(i)[0];
            contentEnds[i] = lines.get(i)[1];
            nexts[i] = lines.get(i)[2];
        }
    }

    Dockerfile parse() {
        boolean directivesDone = false;
        Set<String> seen = new HashSet<>();
        int i = 0;
        boolean sawInstruction = false;
        boolean sawFrom = false;
        while (i < lineCount) {
            int lineStart = i == 0 ? bom : starts[i];
            int end = contentEnds[i];
            int trimmed = GoText.skipSpace(text, lineStart, end);
            if (!directivesDone) {
                Directive d = directive(i, trimmed, end);
                if (d != null && seen.add(d.key())) {
                    nodes.add(d);
                    if (d.key().equals("escape")) {
                        String v = d.value().text();
                        if (v.equals("`") || v.equals("\\")) {
                            escape = v.charAt(0);
                        } else {
                            issues.add(ParseIssue.error(
                                    "invalid escape token '" + v + "' does not match ` or \\", d.value().range()));
                        }
                    }
                    i++;
                    continue;
                }
                if (d != null) {
                    issues.add(ParseIssue.error("only one " + d.key() + " parser directive can be used", d.range()));
                    nodes.add(d);
                    i++;
                    continue;
                }
                directivesDone = true;
            }
            if (trimmed == end) {
                nodes.add(new BlankLine(lineRange(i)));
                i++;
                continue;
            }
            if (text.charAt(trimmed) == '#') {
                nodes.add(comment(i, trimmed));
                i++;
                continue;
            }
            int before = nodes.size();
            i = instruction(i, trimmed);
            Instruction inst = (Instruction) nodes.get(before);
            sawInstruction = true;
            String name = inst.name();
            if (name.equals("FROM")) {
                sawFrom = true;
            } else if (!sawFrom && !name.equals("ARG") && !(inst instanceof MalformedInstruction m
                    && m.problem().startsWith("unknown instruction"))) {
                issues.add(ParseIssue.error(
                        name + " before the first FROM: only ARG may precede FROM (no build stage in current context)",
                        inst.syntax().keyword().range()));
            }
        }
        if (!sawInstruction) {
            issues.add(ParseIssue.error("file with no instructions", TextRange.at(text.length())));
        }
        return new Dockerfile(source, nodes, issues, escape);
    }

    private TextRange lineRange(int i) {
        return new TextRange(starts[i], nexts[i]);
    }

    private Comment comment(int i, int hash) {
        int end = contentEnds[i];
        return new Comment(lineRange(i), text.substring(hash + 1, end), new TextRange(hash, end));
    }

    /** A directive line ({@code # name = value} with a known name), or null. */
    private Directive directive(int i, int from, int end) {
        if (from >= end || text.charAt(from) != '#') {
            return null;
        }
        int p = skipRegexSpace(from + 1, end);
        int nameStart = p;
        if (p >= end || !isAsciiLetter(text.charAt(p))) {
            return null;
        }
        while (p < end && (isAsciiLetter(text.charAt(p)) || Character.isDigit(text.charAt(p)) && text.charAt(p) < 128)) {
            p++;
        }
        int nameEnd = p;
        p = skipRegexSpace(p, end);
        if (p >= end || text.charAt(p) != '=') {
            return null;
        }
        p = skipRegexSpace(p + 1, end);
        int valueEnd = end;
        while (valueEnd > p && isRegexSpace(text.charAt(valueEnd - 1))) {
            valueEnd--;
        }
        if (valueEnd <= p) {
            return null;
        }
        String name = text.substring(nameStart, nameEnd);
        if (!DIRECTIVES.contains(name.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return new Directive(lineRange(i), new Token(name, new TextRange(nameStart, nameEnd)),
                new Token(text.substring(p, valueEnd), new TextRange(p, valueEnd)));
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Go regexp's {@code \s}: {@code [\t\n\f\r ]}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private int skipRegexSpace(int p, int end) {
        while (p < end && isRegexSpace(text.charAt(p))) {
            p++;
        }
        return p;
    }

    /**
     * Where the content of a line ends when it is continued: the offset of a trailing escape
     * character (followed only by spaces and tabs) that is not itself escaped, or -1 when the line
     * is not continued. {@code from} is where the line starts for BuildKit's {@code ^}.
     */
    private int continuationCut(int from, int end) {
        int k = end;
        while (k > from && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
            k--;
        }
        if (k == from || text.charAt(k - 1) != escape) {
            return -1;
        }
        int escAt = k - 1;
        if (escAt == from || text.charAt(escAt - 1) != escape) {
            return escAt;
        }
        return -1;
    }

    /** Assembles the instruction starting at line {@code first}; returns the next line to read. */
    private int instruction(int first, int trimmedStart) {
        LogicalText.Builder line = new LogicalText.Builder();
        List<Comment> inner = new ArrayList<>();
        int end = contentEnds[first];
        int cut = continuationCut(trimmedStart, end);
        line.appendSource(text, trimmedStart, cut < 0 ? end : cut);
        boolean continued = cut >= 0;
        int j = first + 1;
        while (continued && j < lineCount) {
            int s = starts[j];
            int e = contentEnds[j];
            int t = GoText.skipSpace(text, s, e);
            if (t < e && text.charAt(t) == '#') {
                inner.add(comment(j, t));
                j++;
                continue;
            }
            if (t == e) {
                issues.add(ParseIssue.warning("empty continuation line", lineRange(j)));
                j++;
                continue;
            }
            int c = continuationCut(s, e);
            line.appendSource(text, s, c < 0 ? e : c);
            continued = c >= 0;
            j++;
        }
        LogicalText logical = line.build(contentEnds[j - 1]);
        int lastLineEnd = nexts[j - 1];

        InstructionParser parser = new InstructionParser(escape);
        Instruction inst = parser.parse(logical, new TextRange(starts[first], lastLineEnd), inner, List.of());
        List<Heredoc> heredocs = List.of();
        if (parser.canContainHeredoc(inst)) {
            HeredocScan scan = scanHeredocs(logical, j);
            if (!scan.heredocs.isEmpty()) {
                heredocs = scan.heredocs;
                j = scan.nextLine;
                lastLineEnd = nexts[j - 1];
                parser = new InstructionParser(escape);
                inst = parser.parse(logical, new TextRange(starts[first], lastLineEnd), inner, heredocs);
            }
        }
        issues.addAll(parser.issues());
        nodes.add(inst);
        return j;
    }

    /**
     * Recovery for an unterminated heredoc: the first line at or after {@code from} that starts with
     * an instruction keyword, where parsing resumes.
     */
    private int nextInstructionLine(int from) {
        for (int k = from; k < lineCount; k++) {
            int t = GoText.skipSpace(text, starts[k], contentEnds[k]);
            int e = t;
            while (e < contentEnds[k] && !GoText.isSpace(text.charAt(e))) {
                e++;
            }
            if (e > t && InstructionParser.isKeyword(text.substring(t, e))) {
                return k;
            }
        }
        return lineCount;
    }

    private record HeredocScan(List<Heredoc> heredocs, int nextLine) {}

    private HeredocScan scanHeredocs(LogicalText logical, int nextLine) {
        List<Heredoc> found = new ArrayList<>();
        int j = nextLine;
        for (LogicalText word : Words.shellWords(logical)) {
            HeredocMarker marker = HeredocMarker.parse(word);
            if (marker == null) {
                continue;
            }
            int k = j;
            int terminatorLine = -1;
            while (k < lineCount) {
                int s = starts[k];
                int e = contentEnds[k];
                if (marker.chomp()) {
                    while (s < e && text.charAt(s) == '\t') {
                        s++;
                    }
                }
                if (e - s == marker.name().length() && text.startsWith(marker.name(), s)) {
                    terminatorLine = k;
                    break;
                }
                k++;
            }
            if (terminatorLine < 0) {
                int resume = nextInstructionLine(j);
                issues.add(ParseIssue.error("unterminated heredoc: no line '" + marker.name() + "' closes it"
                        + (resume < lineCount ? "; assuming it ends before line " + (resume + 1) : ""),
                        word.sourceRange()));
                int bodyStart = j < lineCount ? starts[j] : text.length();
                int bodyEnd = resume < lineCount ? starts[resume] : text.length();
                found.add(new Heredoc(marker.name(), marker.chomp(), marker.expand(), marker.fd(), word.token(),
                        LogicalText.verbatim(text, bodyStart, bodyEnd), TextRange.at(bodyEnd)));
                j = resume;
                break;
            }
            int bodyStart = j < lineCount ? starts[j] : text.length();
            LogicalText body = LogicalText.verbatim(text, bodyStart, starts[terminatorLine]);
            found.add(new Heredoc(marker.name(), marker.chomp(), marker.expand(), marker.fd(), word.token(), body,
                    new TextRange(starts[terminatorLine], contentEnds[terminatorLine])));
            j = terminatorLine + 1;
        }
        return new HeredocScan(found, j);
    }
}
