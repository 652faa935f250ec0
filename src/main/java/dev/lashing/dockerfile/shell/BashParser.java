package dev.lashing.dockerfile.shell;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TSTreeCursor;
import org.treesitter.TreeSitterBash;

/**
 * Parses bash text with tree-sitter and copies the tree at once into {@link SyntaxNode}s, releasing
 * the native tree; the only class that touches tree-sitter.
 */
final class BashParser {
    /** Nesting levels copied (lists and pipelines do not count); deeper nodes are dropped with an error. */
    static final int MAX_DEPTH = 200;

    private static final TSLanguage BASH = new TreeSitterBash();
    private static final ThreadLocal<TSParser> PARSER = ThreadLocal.withInitial(() -> {
        TSParser p = new TSParser();
        p.setLanguage(BASH);
        return p;
    });
    private static final Set<String> FLAT = Set.of("list", "pipeline", "redirected_statement", "program");

    private BashParser() {}

    /** A parsed tree and its syntax problems, as char ranges of the text. */
    record Result(SyntaxNode root, List<Problem> problems) {}

    /** A syntax problem at char range {@code [start, end)}. */
    record Problem(String message, int start, int end) {}

    /** Parses {@code text}; never returns null. */
    static Result parse(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_16LE);
        TSParser parser = PARSER.get();
        parser.reset();
        TSTree tree = parser.parse(new byte[8192], null, (buf, offset, point) -> {
            if (offset >= bytes.length) {
                return 0;
            }
            int n = Math.min(buf.length, bytes.length - offset);
            System.arraycopy(bytes, offset, buf, 0, n);
            return n;
        }, TSInputEncoding.TSInputEncodingUTF16LE);
        if (tree == null) {
            SyntaxNode empty = new SyntaxNode("program", true, null, 0, text.length());
            return new Result(empty, List.of(new Problem("the shell parser gave up", 0, text.length())));
        }
        try (TSTreeCursor cursor = new TSTreeCursor(tree.getRootNode())) {
            return copy(cursor, text.length());
        } finally {
            tree.close();
        }
    }

    private static Result copy(TSTreeCursor cursor, int length) {
        List<Problem> problems = new ArrayList<>();
        SyntaxNode root = node(cursor, length, problems);
        Deque<SyntaxNode> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        stack.push(root);
        depths.push(0);
        boolean truncated = false;
        while (true) {
            SyntaxNode current = stack.peek();
            int depth = depths.peek();
            if (depth < MAX_DEPTH && cursor.gotoFirstChild()) {
                enter(cursor, length, problems, stack, depths, depth);
                continue;
            }
            if (depth >= MAX_DEPTH && !truncated) {
                truncated = true;
                problems.add(new Problem("nesting deeper than " + MAX_DEPTH + " levels is not analysed",
                        current.start, current.end));
            }
            while (true) {
                stack.pop();
                depths.pop();
                if (stack.isEmpty()) {
                    return new Result(root, problems);
                }
                if (cursor.gotoNextSibling()) {
                    enter(cursor, length, problems, stack, depths, depths.peek());
                    break;
                }
                cursor.gotoParent();
            }
        }
    }

    private static void enter(TSTreeCursor cursor, int length, List<Problem> problems, Deque<SyntaxNode> stack,
            Deque<Integer> depths, int parentDepth) {
        SyntaxNode n = node(cursor, length, problems);
        stack.peek().children.add(n);
        stack.push(n);
        depths.push(FLAT.contains(n.type) ? parentDepth : parentDepth + 1);
    }

    private static SyntaxNode node(TSTreeCursor cursor, int length, List<Problem> problems) {
        TSNode n = cursor.currentNode();
        String type = n.getType();
        int start = Math.min(n.getStartByte() / 2, length);
        int end = Math.max(start, Math.min(n.getEndByte() / 2, length));
        boolean missing = n.isMissing();
        if (missing) {
            problems.add(new Problem("missing '" + type + "'", start, end));
        } else if ("ERROR".equals(type)) {
            problems.add(new Problem("syntax error", start, end));
        }
        return new SyntaxNode(type, n.isNamed() && !missing, cursor.currentFieldName(), start, end);
    }
}
