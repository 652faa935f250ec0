package dev.lashing.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.dockerfile.model.BuildContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildContextReaderTest {
    @TempDir
    Path dir;

    @Test
    void reportsSensitiveEntriesTheIgnoreFileLetsThrough() throws IOException {
        Files.createDirectory(dir.resolve(".git"));
        Files.writeString(dir.resolve(".env"), "A=1");
        Files.writeString(dir.resolve("Dockerfile"), "FROM scratch");
        BuildContext none = BuildContextReader.read(dir.resolve("Dockerfile")).orElseThrow();
        assertThat(none.ignoreFile()).isEmpty();
        assertThat(none.notExcluded()).containsExactly(".git", ".env");

        Files.writeString(dir.resolve(".dockerignore"), "# comment\n.git\n");
        BuildContext weak = BuildContextReader.read(dir.resolve("Dockerfile")).orElseThrow();
        assertThat(weak.ignoreFile()).contains(".dockerignore");
        assertThat(weak.notExcluded()).containsExactly(".env");

        Files.writeString(dir.resolve("Dockerfile.dockerignore"), "*\n!src\n");
        BuildContext specific = BuildContextReader.read(dir.resolve("Dockerfile")).orElseThrow();
        assertThat(specific.ignoreFile()).contains("Dockerfile.dockerignore");
        assertThat(specific.notExcluded()).isEmpty();
    }

    @Test
    void negationReincludes() {
        assertThat(BuildContextReader.excluded(".env", false, java.util.List.of(".env*", "!.env"))).isFalse();
        assertThat(BuildContextReader.excluded(".git", true, java.util.List.of("**/.git"))).isTrue();
        assertThat(BuildContextReader.excluded(".git", true, java.util.List.of("./.git/"))).isTrue();
    }

    @Test
    void smallTopLevelScriptsAreReadForRules() throws IOException {
        Files.writeString(dir.resolve("docker-entrypoint.sh"), "#!/bin/sh\nexec \"$@\"\n");
        Files.writeString(dir.resolve("README.md"), "not a script");
        Files.writeString(dir.resolve("Dockerfile"), "FROM scratch");
        BuildContext c = BuildContextReader.read(dir.resolve("Dockerfile")).orElseThrow();
        assertThat(c.scripts()).containsOnlyKeys("docker-entrypoint.sh");
    }
}
