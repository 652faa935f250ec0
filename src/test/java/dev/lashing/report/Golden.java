package dev.lashing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Exact comparison against files in {@code src/test/resources/dev/lashing/report/golden/}. With
 * {@code -Dlashing.updateGolden=true} the files are rewritten instead.
 */
final class Golden {
    private static final Path DIR = Path.of(System.getProperty("basedir", ""))
            .resolve("src/test/resources/dev/lashing/report/golden");

    private Golden() {}

    static void assertGolden(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("lashing.updateGolden")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("missing golden file " + file + "; run the tests with -Dlashing.updateGolden=true to create it");
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                "output differs from golden file " + name + " (regenerate with -Dlashing.updateGolden=true)");
    }
}
