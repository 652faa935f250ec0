package dev.lashing.runtime.suppress;

import dev.lashing.core.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the inline suppressions of one run-time input file: comments ({@code # lashing ignore=...},
 * {@code # lashing global ignore=...}) and, in Kubernetes manifests, suppression annotations. Bad input
 * never throws: a file that cannot be read has no directives (its loader reported why).
 */
public final class Directives {
    private static final List<String> UNIT_EXTENSIONS = List.of(".container", ".pod", ".kube", ".network",
            ".volume", ".image", ".build");

    private Directives() {}

    /** The directives of {@code file}, read in {@code syntax}. */
    public static FileDirectives scan(SourceFile file, Syntax syntax) {
        List<RuntimeDirective> out = new ArrayList<>();
        List<FileDirectives.Malformed> malformed = new ArrayList<>();
        switch (syntax) {
            case YAML -> YamlComments.scan(file, false, out, malformed);
            case KUBERNETES -> YamlComments.scan(file, true, out, malformed);
            case UNIT -> LineComments.scan(file, true, out, malformed);
            case ENV -> LineComments.scan(file, false, out, malformed);
            case NONE -> { }
        }
        return new FileDirectives(file, out, malformed);
    }

    /**
     * The syntax of a file an input read besides the files that declare its containers (an override or
     * {@code extends} file, an env file): YAML and unit files by their extension, anything else an env file.
     */
    public static Syntax byName(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Syntax.YAML;
        }
        return UNIT_EXTENSIONS.stream().anyMatch(lower::endsWith) ? Syntax.UNIT : Syntax.ENV;
    }
}
