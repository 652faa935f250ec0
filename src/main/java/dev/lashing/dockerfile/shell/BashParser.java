package dev.lashing.dockerfile.shell;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    /** Type name and namedness per grammar symbol, learnt on first sight (saves native calls). */
    private static final Map<Integer, Symbol> SYMBOLS = new ConcurrentHashMap<>();
    /** Field name per field id, learnt on first sight. */
    private static final Map<Integer, String> FIELDS = new ConcurrentHashMap<>();
    /** Word-like nodes whose inside only matters when it may hold a command or process substitution. */
    private static final Set<String> ATOMS = Set.of("word", "raw_string", "string", "concatenation",
            "simple_expansion", "expansion", "number", "variable_name", "string_content", "ansi_c_string",
            "translated_string", "command_name", "arithmetic_expansion", "brace_expression", "extglob_pattern",
            "special_variable_name", "heredoc_body", "heredoc_content", "regex", "test_operator", "file_descriptor",
            "variable_assignment", "heredoc_start", "heredoc_end");
    /** Node types whose children's field names the model reads. */
    private static final Set<String> FIELDED = Set.of("command", "redirected_statement");
    private static final Set<String> FLAT = Set.of("list", "pipeline", "redirected_statement", "program");

    /**
     * Parsed trees by script text. Parsing costs about 0.2 ms per script, mostly in the binding's
     * per-node native calls; the same scripts come back in every round of the fix loop and across
     * the many similar Dockerfiles of a repository. Trees are never modified after parsing.
     */
    private static final int CACHE_ENTRIES = 2048;
    private static final int CACHE_MAX_CHARS = 16 * 1024;
    private static final Map<String, Result> CACHE = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(CACHE_ENTRIES, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Result> eldest) {
                    return size() > CACHE_ENTRIES;
                }
            });

    private BashParser() {}

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** A parsed tree and its syntax problems, as char ranges of the text. */
    record Result(SyntaxNode root, List<Problem> problems) {}

    private record Symbol(String type, boolean named) {}

    /** A syntax problem at char range {@code [start, end)}. */
    record Problem(String message, int start, int end) {}

    /** Parses {@code text}; never returns null. */
    static Result parse(String text) {
        if (text.length() > CACHE_MAX_CHARS) {
            return parseUncached(text);
        }
        Result cached = CACHE.get(text);
        if (cached == null) {
            cached = parseUncached(text);
            CACHE.put(text, cached);
        }
        return cached;
    }

    private static Result parseUncached(String text) {
        TSParser parser = PARSER.get();
        parser.reset();
        // ASCII text: UTF-8 byte offsets are char indexes, and parseString needs no reader call-backs.
        // Otherwise UTF-16LE through a reader, so that a byte offset / 2 is the char index
        // (parseStringEncoding with UTF-16 is broken in this binding: it passes UTF-8 bytes).
        boolean ascii = isAscii(text);
        int shift = ascii ? 0 : 1;
        TSTree tree;
        if (ascii) {
            tree = parser.parseString(null, text);
        } else {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_16LE);
            tree = parser.parse(new byte[8192], null, (buf, offset, point) -> {
                if (offset >= bytes.length) {
                    return 0;
                }
                int n = Math.min(buf.length, bytes.length - offset);
                System.arraycopy(bytes, offset, buf, 0, n);
                return n;
            }, TSInputEncoding.TSInputEncodingUTF16LE);
        }
        if (tree == null) {
            SyntaxNode empty = new SyntaxNode("program", true, null, 0, text.length());
            return new Result(empty, List.of(new Problem("the shell parser gave up", 0, text.length())));
        }
        TSNode rootNode = tree.getRootNode();
        try (TSTreeCursor cursor = new TSTreeCursor(rootNode)) {
            return copy(cursor, text, rootNode.hasError(), shift);
        } finally {
            tree.close();
        }
    }

    private static Result copy(TSTreeCursor cursor, String text, boolean hasErrors, int shift) {
        int length = text.length();
        List<Problem> problems = hasErrors ? new ArrayList<>() : null;
        SyntaxNode root = node(cursor, length, problems, false, shift);
        Deque<SyntaxNode> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        stack.push(root);
        depths.push(0);
        boolean truncated = false;
        while (true) {
            SyntaxNode current = stack.peek();
            int depth = depths.peek();
            boolean opaque = !hasErrors && ATOMS.contains(current.type) && !maySubstitute(text, current);
            if (depth < MAX_DEPTH && !opaque && cursor.gotoFirstChild()) {
                enter(cursor, length, problems, stack, depths, depth, shift);
                continue;
            }
            if (depth >= MAX_DEPTH && !truncated) {
                truncated = true;
                problems = problems == null ? new ArrayList<>() : problems;
                problems.add(new Problem("nesting deeper than " + MAX_DEPTH + " levels is not analysed",
                        current.start, current.end));
            }
            while (true) {
                stack.pop();
                depths.pop();
                if (stack.isEmpty()) {
                    return new Result(root, problems == null ? List.of() : problems);
                }
                if (cursor.gotoNextSibling()) {
                    enter(cursor, length, problems, stack, depths, depths.peek(), shift);
                    break;
                }
                cursor.gotoParent();
            }
        }
    }

    /** True when the node's text may contain {@code $(}, a backtick, {@code <(} or {@code >(}. */
    private static boolean maySubstitute(String text, SyntaxNode n) {
        for (int i = n.start; i < n.end; i++) {
            char c = text.charAt(i);
            if (c == '`' || c == '(' && i > n.start && "$<>".indexOf(text.charAt(i - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static void enter(TSTreeCursor cursor, int length, List<Problem> problems, Deque<SyntaxNode> stack,
            Deque<Integer> depths, int parentDepth, int shift) {
        SyntaxNode parent = stack.peek();
        SyntaxNode n = node(cursor, length, problems, FIELDED.contains(parent.type), shift);
        parent.children.add(n);
        stack.push(n);
        depths.push(FLAT.contains(n.type) ? parentDepth : parentDepth + 1);
    }

    private static SyntaxNode node(TSTreeCursor cursor, int length, List<Problem> problems, boolean wantField,
            int shift) {
        TSNode n = cursor.currentNode();
        Symbol symbol = SYMBOLS.computeIfAbsent(n.getSymbol(), k -> new Symbol(n.getType(), n.isNamed()));
        int start = Math.min(n.getStartByte() >> shift, length);
        int end = Math.max(start, Math.min(n.getEndByte() >> shift, length));
        int fieldId = wantField ? cursor.currentFieldId() : 0;
        String field = fieldId == 0 ? null : FIELDS.computeIfAbsent(fieldId, k -> cursor.currentFieldName());
        boolean missing = false;
        if (problems != null) {
            missing = n.isMissing();
            if (missing) {
                problems.add(new Problem("missing '" + symbol.type() + "'", start, end));
            } else if ("ERROR".equals(symbol.type())) {
                problems.add(new Problem("syntax error", start, end));
            }
        }
        return new SyntaxNode(symbol.type(), symbol.named() && !missing, field, start, end);
    }
}
