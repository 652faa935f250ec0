package dev.lashing.dockerfile.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * One node of a parsed bash tree, copied out of tree-sitter: its type, whether it is named, its
 * field name in its parent (read only for children of {@code command} and
 * {@code redirected_statement}), and its char range {@code [start, end)} in the script.
 */
final class SyntaxNode {
    final String type;
    final boolean named;
    final String field;
    final int start;
    final int end;
    final List<SyntaxNode> children = new ArrayList<>();

    SyntaxNode(String type, boolean named, String field, int start, int end) {
        this.type = type;
        this.named = named;
        this.field = field;
        this.start = start;
        this.end = end;
    }

    /** The first child with field name {@code name}, or null. */
    SyntaxNode child(String name) {
        for (SyntaxNode c : children) {
            if (name.equals(c.field)) {
                return c;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return type + "[" + start + "," + end + ")";
    }
}
