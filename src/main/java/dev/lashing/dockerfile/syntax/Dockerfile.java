package dev.lashing.dockerfile.syntax;

import dev.lashing.core.SourceFile;
import java.util.List;
import java.util.Optional;

/**
 * A parsed Dockerfile: the source, its top-level nodes (which cover the text exactly), the parser
 * directives, the top-level instructions in order, the escape character in force and everything
 * wrong with the text.
 */
public final class Dockerfile {
    private final SourceFile source;
    private final List<Node> nodes;
    private final List<Directive> directives;
    private final List<Instruction> instructions;
    private final List<ParseIssue> issues;
    private final char escape;

    Dockerfile(SourceFile source, List<Node> nodes, List<ParseIssue> issues, char escape) {
        this.source = source;
        this.nodes = List.copyOf(nodes);
        this.directives = nodes.stream().filter(Directive.class::isInstance).map(Directive.class::cast).toList();
        this.instructions = nodes.stream().filter(Instruction.class::isInstance).map(Instruction.class::cast).toList();
        this.issues = List.copyOf(issues);
        this.escape = escape;
    }

    /** Parses {@code text}; never throws on bad input. */
    public static Dockerfile parse(SourceFile source) {
        return new DockerfileParser(source).parse();
    }

    /** Parses {@code text} shown as {@code path}. */
    public static Dockerfile parse(String path, String text) {
        return parse(new SourceFile(path, text));
    }

    /** The source the tree was parsed from. */
    public SourceFile source() {
        return source;
    }

    /** The top-level nodes in order; their ranges are contiguous and cover the whole text. */
    public List<Node> nodes() {
        return nodes;
    }

    /** The parser directives at the top of the file. */
    public List<Directive> directives() {
        return directives;
    }

    /** The directive called {@code key} ({@code syntax}, {@code escape}, {@code check}). */
    public Optional<Directive> directive(String key) {
        return directives.stream().filter(d -> d.key().equals(key)).findFirst();
    }

    /** The top-level instructions in order (ONBUILD triggers are inside their ONBUILD). */
    public List<Instruction> instructions() {
        return instructions;
    }

    /** Syntax errors and warnings. */
    public List<ParseIssue> issues() {
        return issues;
    }

    /** True when BuildKit would reject the text. */
    public boolean hasErrors() {
        return issues.stream().anyMatch(i -> i.kind() == ParseIssue.Kind.ERROR);
    }

    /** The escape (and line continuation) character: backslash, or backtick by directive. */
    public char escape() {
        return escape;
    }

    /** Prints the tree back to text: the concatenation of every node's source text. */
    public String print() {
        StringBuilder sb = new StringBuilder(source.text().length());
        for (Node n : nodes) {
            sb.append(source.text(), n.range().start(), n.range().end());
        }
        return sb.toString();
    }
}
