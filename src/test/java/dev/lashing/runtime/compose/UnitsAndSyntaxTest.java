package dev.lashing.runtime.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.runtime.model.Mount;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Sizes, durations, booleans, shell words, and the port and volume short syntaxes. */
class UnitsAndSyntaxTest {

    @Test
    void sizesUseBinaryMultiples() {
        assertThat(Units.bytes("2b")).hasValue(2);
        assertThat(Units.bytes("1024kb")).hasValue(1024L * 1024);
        assertThat(Units.bytes("2048k")).hasValue(2048L * 1024);
        assertThat(Units.bytes("300m")).hasValue(300L << 20);
        assertThat(Units.bytes("1gb")).hasValue(1L << 30);
        assertThat(Units.bytes("1.5G")).hasValue(3L << 29);
        assertThat(Units.bytes("1GiB")).hasValue(1L << 30);
        assertThat(Units.bytes("512 M")).hasValue(512L << 20);
        assertThat(Units.bytes("12345")).hasValue(12345);
    }

    @Test
    void notSizes() {
        for (String s : List.of("", "m", "1x", "-1m", "1..5g", "1.g", ".5g", "lots", "9".repeat(40) + "p", "1e3m")) {
            assertThat(Units.bytes(s)).as(s).isEqualTo(OptionalLong.empty());
        }
    }

    @Test
    void durations() {
        assertThat(Units.durationNanos("1m30s")).hasValue(90_000_000_000L);
        assertThat(Units.durationNanos("10ms")).hasValue(10_000_000L);
        assertThat(Units.durationNanos("2h")).hasValue(7_200_000_000_000L);
        assertThat(Units.durationNanos("1.5s")).hasValue(1_500_000_000L);
        assertThat(Units.durationNanos("100us")).hasValue(100_000L);
        assertThat(Units.durationNanos("0")).hasValue(0);
        for (String s : List.of("", "10", "1d", "s", "1m30", "ten seconds", "-")) {
            assertThat(Units.durationNanos(s)).as(s).isEqualTo(OptionalLong.empty());
        }
    }

    @Test
    void booleansComposeAccepts() {
        for (String t : List.of("true", "True", "yes", "on", "y", "1")) {
            assertThat(Units.bool(t)).as(t).isTrue();
        }
        for (String f : List.of("false", "FALSE", "no", "off", "n", "0")) {
            assertThat(Units.bool(f)).as(f).isFalse();
        }
        assertThat(Units.bool("maybe")).isNull();
    }

    @Test
    void shellWords() {
        assertThat(ShellWords.split("sh -c 'echo a  b' \"x \\\"y\\\"\" a\\ b")).containsExactly("sh", "-c", "echo a  b",
                "x \"y\"", "a b");
        assertThat(ShellWords.split("  ")).isEmpty();
        assertThat(ShellWords.split("echo 'unclosed")).isNull();
        assertThat(ShellWords.split("echo \"unclosed")).isNull();
    }

    @Test
    void windowsDriveInVolumes() {
        assertThat(Mounts.parseShort("C:\\data:/data:ro").mount())
                .isEqualTo(new Mount("bind", "C:\\data", "/data", true, "", List.of()));
        assertThat(Mounts.parseShort("a:b:c:d").error()).contains("too many");
        assertThat(Mounts.parseShort(":/x").error()).contains("no source");
        assertThat(Mounts.parseShort("/x:/y:bogus").error()).contains("unknown volume option");
    }
}
