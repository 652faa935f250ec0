package dev.lashing.runtime.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

    @ParameterizedTest
    @CsvSource({
        "128Mi, 134217728",
        "1G, 1000000000",
        "0.5Gi, 536870912",
        "1Ki, 1024",
        "1Ei, 1152921504606846976",
        "1k, 1000",
        "1M, 1000000",
        "2T, 2000000000000",
        "1e3, 1000",
        "1E3, 1000",
        "1E, 1000000000000000000",
        "1024, 1024",
        "+64Mi, 67108864",
        ".5Ki, 512",
        "5., 5",
        "500m, 1",
        "1500m, 2",
        "100n, 1",
        "0, 0",
    })
    void memoryQuantitiesAreWholeBytesRoundedUp(String text, long bytes) {
        assertThat(Quantity.parse(text).flatMap(Quantity::bytes)).contains(bytes);
    }

    @ParameterizedTest
    @CsvSource({"500m, 0.5", "2, 2", "0.25, 0.25", "100m, 0.1", "1500u, 0.0015"})
    void cpuQuantitiesAreFractionsOfACpu(String text, double cpus) {
        assertThat(Quantity.parse(text).map(BigDecimal::doubleValue)).contains(cpus);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Mi", "lots", "1.2.3", "1 Gi", "1gi", "1KiB", "1e", "1e999", "1e+", "0x10", "--1", "."})
    void nonQuantitiesAreRefused(String text) {
        assertThat(Quantity.parse(text)).isEmpty();
    }

    @Test
    void negativeQuantitiesParseForTheCallerToRefuse() {
        assertThat(Quantity.parse("-1Gi").map(BigDecimal::signum)).contains(-1);
    }

    @Test
    void absurdlyLongOrLargeQuantitiesAreRefusedCheaply() {
        assertThat(Quantity.parse("9".repeat(10_000))).isEmpty();
        assertThat(Quantity.parse("9".repeat(30) + "Ei").flatMap(Quantity::bytes)).isEmpty();
        assertThat(Quantity.parse("1e40").flatMap(Quantity::bytes)).isEmpty();
    }
}
