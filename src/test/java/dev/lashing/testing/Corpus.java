package dev.lashing.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared corpus of real Dockerfiles ({@code ../shared/corpus/dockerfiles}), read in place. In
 * CI ({@code CI=true}) a missing corpus is a failure; on a developer machine the tests are skipped.
 */
public final class Corpus {
    private Corpus() {}

    /** The corpus directory. */
    public static Path dir() {
        Path dir = Path.of(System.getProperty("lashing.corpus", "../shared/corpus/dockerfiles")).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("corpus not found at " + dir);
            }
            assumeTrue(false, "corpus not found at " + dir);
        }
        return dir;
    }

    /** Every Dockerfile of the corpus, sorted by name. */
    public static List<Path> files() {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".tsv"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's text, decoded as UTF-8 with malformed input replaced (as the linter reads it). */
    public static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
