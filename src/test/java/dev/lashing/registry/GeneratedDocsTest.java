package dev.lashing.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.RuleCatalog;
import dev.lashing.core.RuleMeta;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules/} must be what the registry renders. Regenerate with
 * {@code ./mvnw test -Dtest=GeneratedDocsTest -Dlashing.updateDocs=true}.
 */
class GeneratedDocsTest {
    private static final Path DIR = Path.of("docs/rules");

    @Test
    void docsAreUpToDate() throws IOException {
        RuleCatalog catalog = BuiltinRules.catalog();
        Map<String, String> expected = new HashMap<>();
        expected.put("README.md", RuleDocs.index(catalog));
        for (RuleMeta r : catalog.rules()) {
            expected.put(r.id() + ".md", RuleDocs.page(r, catalog));
        }
        Path practices = Path.of("docs/practices.md");
        if (Boolean.getBoolean("lashing.updateDocs")) {
            Files.writeString(practices, RuleDocs.practices(catalog), StandardCharsets.UTF_8);
            Files.createDirectories(DIR);
            try (Stream<Path> old = Files.list(DIR)) {
                for (Path p : old.toList()) {
                    if (!expected.containsKey(p.getFileName().toString())) {
                        Files.delete(p);
                    }
                }
            }
            for (Map.Entry<String, String> e : expected.entrySet()) {
                Files.writeString(DIR.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
        }
        Map<String, String> actual = new HashMap<>();
        if (Files.isDirectory(DIR)) {
            try (Stream<Path> files = Files.list(DIR)) {
                for (Path p : files.toList()) {
                    actual.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(Files.exists(practices) ? Files.readString(practices, StandardCharsets.UTF_8) : "")
                .as("docs/practices.md is stale: run ./mvnw test -Dtest=GeneratedDocsTest -Dlashing.updateDocs=true")
                .isEqualTo(RuleDocs.practices(catalog));
        assertThat(actual).as("docs/rules is stale: run ./mvnw test -Dtest=GeneratedDocsTest -Dlashing.updateDocs=true")
                .isEqualTo(expected);
    }
}
