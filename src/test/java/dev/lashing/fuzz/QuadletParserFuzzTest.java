package dev.lashing.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.core.SourceFile;
import dev.lashing.runtime.quadlet.QuadletParser;

/** Fuzzes the Quadlet unit parser: it must never throw, and every location must lie inside the unit. */
class QuadletParserFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parserIsTotalAndLocationsStayInTheUnit(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        DockerRunParserFuzzTest.check(QuadletParser.parse(new SourceFile("fuzz.container", "[Container]\n" + text)));
    }
}
