package dev.lashing.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.core.Position;
import dev.lashing.core.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HadolintMigrationTest {
    @TempDir
    Path dir;

    private LoadedConfig load(String yaml) throws Exception {
        return ConfigLoader.load(Files.writeString(dir.resolve(".hadolint.yaml"), yaml));
    }

    @Test
    void mapsEveryHadolintKey() throws Exception {
        LoadedConfig loaded = load("""
                # hadolint configuration for the platform team
                ignored:
                  - DL3008
                  - SC2086
                override:
                  error:
                    - DL3001
                    - DL3002
                  warning:
                    - DL3042
                  info:
                    - DL3032
                  style:
                    - DL3015
                failure-threshold: warning
                trustedRegistries:
                  - docker.io
                  - my-company.com:5000
                  - "*.gcr.io"
                label-schema:
                  author: text
                  contact: email
                  created: rfc3339
                  version: semver
                  documentation: url
                  git-revision: hash
                  license: spdx
                  other:
                strict-labels: true
                disable-ignore-pragma: true
                no-color: true
                format: json
                output-format: tty
                verbose: true
                """);
        LashingConfig c = loaded.config();
        assertThat(loaded.warnings()).isEmpty();
        assertThat(c.origin()).isEqualTo(Origin.HADOLINT);
        assertThat(c.ignore()).containsExactly("DL3008", "SC2086");
        assertThat(c.severity()).containsExactly(Map.entry("DL3001", Severity.ERROR), Map.entry("DL3002", Severity.ERROR),
                Map.entry("DL3042", Severity.WARNING), Map.entry("DL3032", Severity.INFO), Map.entry("DL3015", Severity.INFO));
        assertThat(c.failOn()).contains(FailOn.WARNING);
        assertThat(c.settings().stringList("trusted-registries")).containsExactly("docker.io", "my-company.com:5000", "*.gcr.io");
        assertThat(c.settings().stringMap("label-schema")).containsEntry("contact", "email").containsEntry("other", "text")
                .hasSize(8);
        assertThat(c.settings().bool("strict-labels", false)).isTrue();
        assertThat(c.inlineSuppressions()).isFalse();
        assertThat(c.noColor()).isTrue();
        assertThat(c.select()).isEmpty();
        assertThat(c.baseDir()).isEqualTo(dir.toAbsolutePath().normalize());
    }

    @Test
    void failureThresholds() throws Exception {
        Map<String, FailOn> expected = Map.of("error", FailOn.ERROR, "warning", FailOn.WARNING, "info", FailOn.INFO,
                "style", FailOn.INFO, "ignore", FailOn.INFO, "none", FailOn.INFO);
        for (Map.Entry<String, FailOn> e : expected.entrySet()) {
            assertThat(load("failure-threshold: " + e.getKey() + "\n").config().failOn()).as(e.getKey()).contains(e.getValue());
        }
        assertThat(load("failure-threshold: error\nno-fail: true\n").config().failOn()).contains(FailOn.NEVER);
        assertThat(load("no-fail: false\n").config().failOn()).isEmpty();
        assertThatThrownBy(() -> load("failure-threshold: sometimes\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.position()).contains(new Position(1, 20)));
    }

    @Test
    void singleStringTrustedRegistryAndYaml11Booleans() throws Exception {
        LashingConfig c = load("trustedRegistries: docker.io\nstrict-labels: yes\nno-color: off\n").config();
        assertThat(c.settings().stringList("trusted-registries")).containsExactly("docker.io");
        assertThat(c.settings().bool("strict-labels", false)).isTrue();
        assertThat(c.noColor()).isFalse();
    }

    @Test
    void unknownKeysAreWarningsNotErrors() throws Exception {
        LoadedConfig loaded = load("ignored: [DL3008]\nfailure_threshold: error\nsomething-new: 1\n");
        assertThat(loaded.config().ignore()).containsExactly("DL3008");
        assertThat(loaded.warnings()).containsExactly(
                dir.resolve(".hadolint.yaml") + ":2:1: unknown hadolint key 'failure_threshold' ignored; did you mean 'failure-threshold'?",
                dir.resolve(".hadolint.yaml") + ":3:1: unknown hadolint key 'something-new' ignored");
    }

    @Test
    void emptyHadolintFileIsDefaults() throws Exception {
        LoadedConfig loaded = load("");
        assertThat(loaded.config().origin()).isEqualTo(Origin.HADOLINT);
        assertThat(loaded.config().ignore()).isEmpty();
        assertThat(loaded.warnings()).isEmpty();
    }
}
