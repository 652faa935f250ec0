package dev.lashing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.dockerfile.syntax.Dockerfile;
import dev.lashing.dockerfile.syntax.Node;

/** Fuzzes the Dockerfile parser: it must never throw, and must always print its input back. */
class DockerfileParserFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parserIsLosslessAndTotal(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Dockerfile df = Dockerfile.parse("fuzz", text);
        assertThat(df.print()).isEqualTo(text);
        int expected = 0;
        for (Node n : df.nodes()) {
            assertThat(n.range().start()).isEqualTo(expected);
            expected = n.range().end();
        }
        assertThat(expected).isEqualTo(text.length());
    }
}
