package dev.lashing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.core.SourceFile;
import dev.lashing.runtime.harden.DockerRunHardener;
import dev.lashing.runtime.harden.Hardened;
import dev.lashing.runtime.harden.KubernetesHardener;
import dev.lashing.runtime.harden.QuadletHardener;
import java.util.Optional;

/**
 * Fuzzes the text-editing hardeners (Kubernetes manifests, Quadlet units, docker run lines): any input is
 * hardened without throwing, the original is kept as given, and an input with errors is still answered.
 */
class HardenerFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void hardenersAreTotal(FuzzedDataProvider data) {
        int kind = data.consumeInt(0, 2);
        String text = data.consumeRemainingAsString();
        Hardened h = switch (kind) {
            case 0 -> KubernetesHardener.harden(new SourceFile("fuzz.yaml", text), Optional.empty());
            case 1 -> QuadletHardener.harden(new SourceFile("fuzz.container", text));
            default -> DockerRunHardener.harden(text);
        };
        assertThat(h.text()).isNotNull();
        if (kind != 2) {
            assertThat(h.original()).isEqualTo(text);
        }
    }
}
