package dev.lashing.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigDiscoveryTest {
    @TempDir
    Path root;

    Path home;
    Path project;
    Path cwd;

    @BeforeEach
    void layout() throws IOException {
        home = Files.createDirectories(root.resolve("home/user"));
        project = Files.createDirectories(root.resolve("work/project"));
        cwd = Files.createDirectories(project.resolve("services/api"));
    }

    private Path write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    private LoadedConfig discover(Map<String, String> env) throws ConfigException {
        return ConfigLoader.discover(cwd, env, home);
    }

    @Test
    void nothingFoundMeansDefaults() throws Exception {
        LashingConfig c = discover(Map.of()).config();
        assertThat(c.origin()).isEqualTo(Origin.DEFAULT);
        assertThat(c.source()).isEmpty();
        assertThat(c.baseDir()).isEqualTo(cwd.toAbsolutePath().normalize());
    }

    @Test
    void nearestLashingFileUpwardWins() throws Exception {
        write(project.resolve(".lashing.yaml"), "ignore: [DF001]\n");
        write(project.resolve("services/.lashing.yml"), "ignore: [DF002]\n");
        write(cwd.resolve(".hadolint.yaml"), "ignored: [DL3008]\n");
        LashingConfig c = discover(Map.of()).config();
        assertThat(c.source()).contains(project.resolve("services/.lashing.yml"));
        assertThat(c.ignore()).containsExactly("DF002");
        assertThat(c.baseDir()).isEqualTo(project.resolve("services"));
    }

    @Test
    void yamlIsPreferredOverYmlInTheSameDirectory() throws Exception {
        write(project.resolve(".lashing.yml"), "ignore: [B]\n");
        write(project.resolve(".lashing.yaml"), "ignore: [A]\n");
        assertThat(discover(Map.of()).config().ignore()).containsExactly("A");
    }

    @Test
    void hadolintFileUpwardWhenNoLashingFile() throws Exception {
        write(project.resolve(".hadolint.yml"), "ignored: [DL3008]\n");
        write(home.resolve(".hadolint.yaml"), "ignored: [DL9999]\n");
        LashingConfig c = discover(Map.of()).config();
        assertThat(c.origin()).isEqualTo(Origin.HADOLINT);
        assertThat(c.ignore()).containsExactly("DL3008");
        assertThat(c.baseDir()).isEqualTo(project);
    }

    @Test
    void hadolintUserLocationsInHadolintOrder() throws Exception {
        Path xdg = root.resolve("xdg");
        write(home.resolve(".hadolint.yaml"), "ignored: [DL4]\n");
        assertThat(discover(Map.of()).config().ignore()).containsExactly("DL4");
        write(home.resolve(".hadolint/config.yml"), "ignored: [DL3b]\n");
        assertThat(discover(Map.of()).config().ignore()).containsExactly("DL3b");
        write(home.resolve(".hadolint/hadolint.yaml"), "ignored: [DL3]\n");
        assertThat(discover(Map.of()).config().ignore()).containsExactly("DL3");
        write(home.resolve(".config/hadolint.yaml"), "ignored: [DL2]\n");
        assertThat(discover(Map.of()).config().ignore()).containsExactly("DL2");
        // with XDG_CONFIG_HOME set, ~/.config is not consulted (hadolint uses it only as the fallback)
        assertThat(discover(Map.of("XDG_CONFIG_HOME", xdg.toString())).config().ignore()).containsExactly("DL3");
        write(xdg.resolve("hadolint.yaml"), "ignored: [DL1]\n");
        LashingConfig c = discover(Map.of("XDG_CONFIG_HOME", xdg.toString())).config();
        assertThat(c.ignore()).containsExactly("DL1");
        assertThat(c.origin()).isEqualTo(Origin.HADOLINT);
        assertThat(c.baseDir()).isEqualTo(cwd.toAbsolutePath().normalize());
    }

    @Test
    void explicitFileOriginFollowsItsName() throws Exception {
        Path h = write(root.resolve("ci/hadolint-ci.yaml"), "ignored: [DL3008]\n");
        assertThat(ConfigLoader.load(h).config().origin()).isEqualTo(Origin.HADOLINT);
        Path l = write(root.resolve("ci/lint.yaml"), "ignore: [DF001]\n");
        LashingConfig c = ConfigLoader.load(l).config();
        assertThat(c.origin()).isEqualTo(Origin.LASHING);
        assertThat(c.baseDir()).isEqualTo(root.resolve("ci"));
    }
}
