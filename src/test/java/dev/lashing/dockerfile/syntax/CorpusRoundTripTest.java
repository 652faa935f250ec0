package dev.lashing.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** print(parse(x)) == x, byte for byte, for every Dockerfile of the shared corpus. */
class CorpusRoundTripTest {

    @Test
    void everyCorpusFilePrintsBackIdentically() {
        List<Path> files = Corpus.files();
        assertThat(files).hasSizeGreaterThan(1000);
        List<String> mismatches = new ArrayList<>();
        for (Path file : files) {
            String text = Corpus.read(file);
            Dockerfile df = Dockerfile.parse(file.getFileName().toString(), text);
            if (!df.print().equals(text)) {
                mismatches.add(file.getFileName().toString());
            }
            int expected = 0;
            for (Node n : df.nodes()) {
                if (n.range().start() != expected) {
                    mismatches.add(file.getFileName() + ": gap or overlap at offset " + expected);
                    break;
                }
                expected = n.range().end();
            }
            if (expected != text.length()) {
                mismatches.add(file.getFileName() + ": nodes end at " + expected + " of " + text.length());
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
