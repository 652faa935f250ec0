package dev.lashing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.core.InputError;
import dev.lashing.core.Location;
import dev.lashing.core.SourceFile;
import dev.lashing.runtime.docker.CommandArg;
import dev.lashing.runtime.docker.DockerRunParser;
import dev.lashing.runtime.docker.ShellWords;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.model.Sourced;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the docker run parser in its string form and its argument-vector form: it must never throw, every
 * location (values, defaults, errors) must lie inside a source it returns, and an argument vector must read
 * back unchanged from the synthetic command line made for it.
 */
class DockerRunParserFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parserIsTotalAndLocationsStayInTheSource(FuzzedDataProvider data) {
        Loaded loaded;
        if (data.consumeBoolean()) {
            int n = data.consumeInt(0, 40);
            List<String> argv = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                argv.add(data.consumeString(60));
            }
            loaded = DockerRunParser.parseArgs("argv", argv);
            String text = loaded.sources().get(0).text();
            assertThat(ShellWords.split(text).words()).extracting(CommandArg::value).isEqualTo(argv);
        } else {
            loaded = DockerRunParser.parse("cmd", data.consumeRemainingAsString());
        }
        check(loaded);
    }

    /** Asserts that every location of {@code loaded} lies inside one of its sources. */
    static void check(Loaded loaded) {
        for (InputError e : loaded.errors()) {
            e.location().ifPresent(l -> inside(loaded, l));
        }
        for (ContainerSpec spec : loaded.containers()) {
            inside(loaded, spec.declaredAt());
            for (RecordComponent c : ContainerSpec.class.getRecordComponents()) {
                Object value;
                try {
                    value = c.getAccessor().invoke(spec);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
                if (value instanceof Sourced<?> s) {
                    s.location().ifPresent(l -> inside(loaded, l));
                } else if (value instanceof List<?> list) {
                    for (Object o : list) {
                        ((Sourced<?>) o).location().ifPresent(l -> inside(loaded, l));
                    }
                }
            }
        }
    }

    private static void inside(Loaded loaded, Location l) {
        SourceFile f = l.file();
        assertThat(loaded.sources()).contains(f);
        assertThat(l.range().end()).isLessThanOrEqualTo(f.text().length());
    }
}
