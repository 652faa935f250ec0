package dev.lashing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.core.InputError;
import dev.lashing.core.Location;
import dev.lashing.core.SourceFile;
import dev.lashing.runtime.kubernetes.KubernetesLoader;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.model.Sourced;
import java.lang.reflect.RecordComponent;
import java.util.List;

/** Fuzzes the Kubernetes loader: any YAML text loads without throwing, and every location lies in the file. */
class KubernetesLoaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void loaderIsTotalAndStaysInTheFile(FuzzedDataProvider data) throws ReflectiveOperationException {
        SourceFile file = new SourceFile("fuzz.yaml", data.consumeRemainingAsString());
        Loaded loaded = new KubernetesLoader().load(file);
        assertThat(loaded.sources()).containsExactly(file);
        for (InputError e : loaded.errors()) {
            assertThat(e.file()).isEqualTo("fuzz.yaml");
            e.location().ifPresent(l -> assertInFile(l, file));
        }
        for (ContainerSpec c : loaded.containers()) {
            assertInFile(c.declaredAt(), file);
            for (RecordComponent component : ContainerSpec.class.getRecordComponents()) {
                Object value = component.getAccessor().invoke(c);
                if (value instanceof Sourced<?> s) {
                    assertSourced(s, file);
                } else if (value instanceof List<?> list) {
                    for (Object item : list) {
                        assertSourced((Sourced<?>) item, file);
                    }
                }
            }
        }
    }

    private static void assertSourced(Sourced<?> s, SourceFile file) {
        s.location().ifPresent(l -> assertInFile(l, file));
    }

    private static void assertInFile(Location l, SourceFile file) {
        assertThat(l.file()).isSameAs(file);
        assertThat(l.range().end()).isLessThanOrEqualTo(file.text().length());
    }
}
