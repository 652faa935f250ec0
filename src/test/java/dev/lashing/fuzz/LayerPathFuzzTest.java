package dev.lashing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.image.layer.LayerPath;

/** Fuzzes layer entry names: a clean path never climbs out, never holds empty, "." or ".." segments. */
class LayerPathFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void cleanPathsStayInsideTheRoot(FuzzedDataProvider data) {
        String name = data.consumeRemainingAsString();
        if (LayerPath.of(name) instanceof LayerPath.Clean clean) {
            String p = clean.path().path();
            assertThat(p).doesNotStartWith("/").doesNotContain("\0");
            if (!p.isEmpty()) {
                for (String segment : p.split("/", -1)) {
                    assertThat(segment).isNotEmpty().isNotEqualTo(".").isNotEqualTo("..");
                }
            }
        }
    }
}
