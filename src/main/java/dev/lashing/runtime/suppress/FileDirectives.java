package dev.lashing.runtime.suppress;

import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import java.util.List;

/**
 * The suppressions found in one run-time input file.
 *
 * @param file the file
 * @param directives the directives, in file order
 * @param malformed comments or annotations that look like lashing directives but cannot be read
 */
public record FileDirectives(SourceFile file, List<RuntimeDirective> directives, List<Malformed> malformed) {

    /** Copies the lists. */
    public FileDirectives {
        directives = List.copyOf(directives);
        malformed = List.copyOf(malformed);
    }

    /** A file without suppressions. */
    public static FileDirectives none(SourceFile file) {
        return new FileDirectives(file, List.of(), List.of());
    }

    /** A directive that cannot be read, with what is wrong and where. */
    public record Malformed(String message, TextRange range) {}
}
