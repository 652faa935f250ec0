package dev.lashing.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.core.Position;
import dev.lashing.core.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LashingConfigParserTest {
    @TempDir
    Path dir;

    private LoadedConfig load(String yaml) throws Exception {
        Path f = Files.writeString(dir.resolve(".lashing.yaml"), yaml);
        return ConfigLoader.load(f);
    }

    private ConfigException error(String yaml) throws IOException {
        Path f = Files.writeString(dir.resolve(".lashing.yaml"), yaml);
        ThrowingCallable call = () -> ConfigLoader.load(f);
        assertThatThrownBy(call).isInstanceOf(ConfigException.class);
        try {
            ConfigLoader.load(f);
        } catch (ConfigException e) {
            return e;
        }
        throw new AssertionError("unreachable");
    }

    @Test
    void anEmojiWhereTheYamlParserUsedToCutItsBufferIsRead() throws Exception {
        // SnakeYAML Engine 2.10 failed when a surrogate pair straddled the end of its 1 KiB read buffer
        for (int pad = 1015; pad <= 1030; pad++) {
            String comment = "# " + "x".repeat(pad) + "\ud83d\udc33\n";
            assertThat(load(comment + "fail-on: warning\n").config().failOn()).contains(FailOn.WARNING);
        }
    }

    @Test
    void readsEveryKey() throws Exception {
        LashingConfig c = load("""
                select: [DF, SH001]
                extend-select: [DF010]
                ignore: [DF008, no-healthcheck, DL3008]
                severity: {DF002: error, SH: info, DF003: style}
                fail-on: warning
                inline-suppressions: false
                no-color: true
                exclude: ["vendor/**", "**/testdata/**"]
                per-file-ignores:
                  "test/**": [DF001]
                  "**/Dockerfile.dev": [DF007, SH]
                settings:
                  trusted-registries: [docker.io, ghcr.io]
                  label-schema: {maintainer: text, org.opencontainers.image.source: url}
                  strict-labels: true
                  max-layers: 40
                """).config();
        assertThat(c.origin()).isEqualTo(Origin.LASHING);
        assertThat(c.source()).contains(dir.resolve(".lashing.yaml"));
        assertThat(c.baseDir()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(c.select()).containsExactly("DF", "SH001");
        assertThat(c.extendSelect()).containsExactly("DF010");
        assertThat(c.ignore()).containsExactly("DF008", "no-healthcheck", "DL3008");
        assertThat(c.severity()).containsExactly(Map.entry("DF002", Severity.ERROR), Map.entry("SH", Severity.INFO),
                Map.entry("DF003", Severity.INFO));
        assertThat(c.failOn()).contains(FailOn.WARNING);
        assertThat(c.inlineSuppressions()).isFalse();
        assertThat(c.noColor()).isTrue();
        assertThat(c.exclude()).containsExactly("vendor/**", "**/testdata/**");
        assertThat(c.perFileIgnores()).containsExactly(new PathIgnore("test/**", List.of("DF001")),
                new PathIgnore("**/Dockerfile.dev", List.of("DF007", "SH")));
        assertThat(c.settings().stringList("trusted-registries")).containsExactly("docker.io", "ghcr.io");
        assertThat(c.settings().stringMap("label-schema"))
                .containsExactly(Map.entry("maintainer", "text"), Map.entry("org.opencontainers.image.source", "url"));
        assertThat(c.settings().bool("strict-labels", false)).isTrue();
        assertThat(c.settings().string("max-layers", "")).isEqualTo("40");
        assertThat(c.settings().stringList("absent")).isEmpty();
        assertThat(c.settings().bool("absent", true)).isTrue();
    }

    @Test
    void selectAllAndEachFailOnValue() throws Exception {
        assertThat(load("select: [ALL]\n").config().select()).containsExactly("ALL");
        for (FailOn f : FailOn.values()) {
            assertThat(load("fail-on: " + f.label() + "\n").config().failOn()).contains(f);
        }
    }

    @Test
    void emptyFileOrCommentsOnlyMeansDefaults() throws Exception {
        for (String text : List.of("", "# nothing yet\n", "---\n")) {
            LashingConfig c = load(text).config();
            assertThat(c.select()).isEmpty();
            assertThat(c.ignore()).isEmpty();
            assertThat(c.failOn()).isEmpty();
            assertThat(c.effectiveFailOn()).isEqualTo(FailOn.INFO);
            assertThat(c.inlineSuppressions()).isTrue();
            assertThat(c.origin()).isEqualTo(Origin.LASHING);
        }
    }

    @Test
    void unknownKeyIsReportedAtTheKeyWithASuggestion() throws Exception {
        ConfigException e = error("select: [DF]\nignroe: [DF001]\n");
        assertThat(e.position()).contains(new Position(2, 1));
        assertThat(e.problem()).isEqualTo("unknown key 'ignroe'; did you mean 'ignore'?");
        assertThat(e.describe()).isEqualTo(dir.resolve(".lashing.yaml") + ":2:1: unknown key 'ignroe'; did you mean 'ignore'?");
        assertThat(error("failOn: error\n").problem()).endsWith("did you mean 'fail-on'?");
        assertThat(error("extend_select: [DF]\n").problem()).endsWith("did you mean 'extend-select'?");
        assertThat(error("zzzzzzzz: 1\n").problem()).isEqualTo("unknown key 'zzzzzzzz'");
    }

    @Test
    void wrongTypesAreReportedAtTheValue() throws Exception {
        ConfigException e = error("ignore: [DF001]\nselect: 3\n");
        assertThat(e.position()).contains(new Position(2, 9));
        assertThat(e.problem()).isEqualTo("'select' must be a list of strings, found number '3'");
        assertThat(error("inline-suppressions: yes please\n").position()).contains(new Position(1, 22));
        assertThat(error("severity: [DF001]\n").problem()).isEqualTo("'severity' must be a mapping, found a list");
        assertThat(error("select:\n  - DF001\n  - [nested]\n").position()).contains(new Position(3, 5));
        assertThat(error("per-file-ignores: {\"a/**\": DF001}\n").problem())
                .isEqualTo("'a/**' must be a list of strings, found string 'DF001'");
        assertThat(error("- a\n- b\n").problem()).startsWith("expected a mapping of configuration keys");
    }

    @Test
    void badEnumValuesAreReportedAtTheValue() throws Exception {
        ConfigException e = error("# policy\nfail-on: sometimes\n");
        assertThat(e.position()).contains(new Position(2, 10));
        assertThat(e.problem()).isEqualTo("invalid fail-on 'sometimes'; expected error, warning, info or never");
        ConfigException s = error("severity:\n  DF001: eror\n");
        assertThat(s.position()).contains(new Position(2, 10));
        assertThat(s.problem()).contains("invalid severity 'eror'").endsWith("did you mean 'error'?");
    }

    @Test
    void settingNamesMustBeKebabCase() throws Exception {
        ConfigException e = error("settings:\n  trustedRegistries: [docker.io]\n");
        assertThat(e.position()).contains(new Position(2, 3));
        assertThat(e.problem()).endsWith("did you mean 'trusted-registries'?");
    }

    @Test
    void malformedYamlAndDuplicateKeysHavePositions() throws Exception {
        ConfigException e = error("select: [DF\nignore: x\n");
        assertThat(e.problem()).startsWith("invalid YAML");
        assertThat(e.position()).isPresent();
        ConfigException d = error("select: [DF]\nselect: [SH]\n");
        assertThat(d.problem()).isEqualTo("duplicate key 'select'");
        assertThat(d.position()).contains(new Position(2, 1));
        assertThat(d.describe()).doesNotContain("Exception");
    }

    @Test
    void billionLaughsIsRejectedQuickly() throws Exception {
        StringBuilder y = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i < 10; i++) {
            y.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                y.append(j == 0 ? "" : ",").append("*a").append(i - 1);
            }
            y.append("]\n");
        }
        String bomb = "settings:\n" + y.toString().indent(2);
        long start = System.nanoTime();
        ConfigException e = error(bomb);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(e.problem()).contains("too many aliases");
        assertThat(e.describe()).startsWith(dir.resolve(".lashing.yaml").toString());
    }

    @Test
    void recursiveAliasesAndHugeFilesAreRejectedCleanly() throws Exception {
        assertThat(error("settings:\n  x: &a [*a]\n").problem()).isEqualTo("expected a string in 'x', found a list");
        Path big = Files.writeString(dir.resolve("big.yaml"), "# " + "x".repeat(1_100_000) + "\n");
        assertThatThrownBy(() -> ConfigLoader.load(big)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("configuration too large");
        Path deep = Files.writeString(dir.resolve("deep.yaml"), "settings: " + "[".repeat(200_000));
        assertThatThrownBy(() -> ConfigLoader.load(deep)).isInstanceOf(ConfigException.class);
    }

    @Test
    void invalidUtf8AndMissingFilesAreConfigErrors() throws Exception {
        Path bad = Files.write(dir.resolve("bad.yaml"), new byte[] {'a', ':', ' ', (byte) 0xFF, '\n'});
        assertThatThrownBy(() -> ConfigLoader.load(bad)).hasMessage("configuration is not valid UTF-8");
        ConfigException missing = new ConfigException(dir.resolve("x"), Optional.empty(), "m");
        assertThat(missing.describe()).isEqualTo(dir.resolve("x") + ": m");
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("nope.yaml")))
                .hasMessageContaining("no such file or directory");
    }
}
