package dev.lashing.config;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/** Fuzzes both configuration parsers: any text gives a configuration or a ConfigException, nothing else. */
class ConfigFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void configParsersAreTotal(FuzzedDataProvider data) {
        boolean hadolint = data.consumeBoolean();
        String text = data.consumeRemainingAsString();
        try {
            if (hadolint) {
                HadolintConfigParser.parse(Path.of(".hadolint.yaml"), text, Path.of("."));
            } else {
                LashingConfigParser.parse(Path.of(".lashing.yaml"), text);
            }
        } catch (ConfigException expected) {
            // bad input is reported, with a position where one exists
        }
    }
}
