package dev.lashing.runtime.kubernetes;

import dev.lashing.core.Location;
import dev.lashing.runtime.model.Sourced;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A field of a manifest that holds a list ({@code containers}, {@code env}, {@code ports}): absent,
 * present with its items, or unresolved (a template, or not a list).
 *
 * @param nodes the items; empty unless present
 * @param at where the field is written; null when absent
 * @param text the field as written (its first line)
 * @param unresolved true when the items cannot be known
 * @param template true when the field is a template left unrendered (rather than a wrong type, which is reported)
 */
record Items(List<Node> nodes, Location at, String text, boolean unresolved, boolean template) {
    /** No such field. */
    static final Items ABSENT = new Items(List.of(), null, "", false, false);

    /** A field holding {@code nodes}. */
    static Items of(List<Node> nodes, Location at, String text) {
        return new Items(nodes, at, text, false, false);
    }

    /** A field whose items cannot be known: a template ({@code template}), or a wrong type already reported. */
    static Items unresolved(Location at, String text, boolean template) {
        return new Items(List.of(), at, text, true, template);
    }

    /** An unresolved value located at this field. */
    <T> Sourced<T> unknown() {
        return Sourced.unresolved(at, text);
    }
}
