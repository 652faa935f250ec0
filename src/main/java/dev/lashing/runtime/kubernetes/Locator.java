package dev.lashing.runtime.kubernetes;

import dev.lashing.core.Location;
import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import dev.lashing.runtime.yaml.YamlSource;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Maps nodes composed from one part of a manifest (the documents between two {@code ---} lines) to
 * locations in the whole file.
 *
 * @param part the part, composed as a file of its own
 * @param file the whole manifest
 * @param offset where the part starts in the whole manifest
 */
record Locator(YamlSource part, SourceFile file, int offset) {

    /** The location of {@code node} in the whole manifest. */
    Location location(Node node) {
        return shift(part.location(node));
    }

    /** {@code location} in the part moved to the whole manifest. */
    Location shift(Location location) {
        TextRange r = location.range();
        return file.location(new TextRange(r.start() + offset, r.end() + offset));
    }
}
