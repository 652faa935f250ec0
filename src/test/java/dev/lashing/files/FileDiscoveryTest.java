package dev.lashing.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lashing.core.InputError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileDiscoveryTest {
    @TempDir
    Path dir;

    private Path touch(String rel) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "FROM scratch\n");
    }

    private List<String> found(List<String> args, List<String> excludes) {
        Discovered d = FileDiscovery.discover(args, dir, excludes);
        assertThat(d.errors()).isEmpty();
        return d.files().stream().map(InputFile::displayPath).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            Dockerfile, true
            dockerfile, true
            Containerfile, true
            api.Dockerfile, true
            api.dockerfile, true
            api.Containerfile, true
            Dockerfile.dev, true
            Dockerfile.prod.alpine, true
            Containerfile.rhel, true
            DOCKERFILE, false
            Dockerfile.md, false
            Dockerfile.orig, false
            Dockerfile.j2, false
            Dockerfile.dev~, false
            Dockerfile.dockerignore, false
            api.Dockerfile.dockerignore, false
            Containerfile.containerignore, false
            .dockerignore, false
            Dockerfiles, false
            README.md, false
            """)
    void dockerfileNames(String name, boolean expected) {
        assertThat(FileDiscovery.isDockerfileName(name)).isEqualTo(expected);
    }

    @Test
    void walksDirectoriesSortedAndFindsDockerfilesByName() throws IOException {
        touch("b/Dockerfile");
        touch("a/api.Dockerfile");
        touch("Dockerfile.dev");
        touch("Dockerfile.md");
        touch("notes.txt");
        touch("a/Dockerfile.dockerignore");
        assertThat(found(List.of("."), List.of())).containsExactly("Dockerfile.dev", "a/api.Dockerfile", "b/Dockerfile");
    }

    @Test
    void skipsVcsAndNodeModules() throws IOException {
        touch(".git/Dockerfile");
        touch(".hg/Dockerfile");
        touch(".svn/Dockerfile");
        touch("web/node_modules/pkg/Dockerfile");
        touch("web/Dockerfile");
        assertThat(found(List.of("."), List.of())).containsExactly("web/Dockerfile");
    }

    @Test
    void honoursNestedGitignoreWithNegationAnchoringAndDirectoryOnly() throws IOException {
        Files.createDirectories(dir.resolve(".git/info"));
        Files.writeString(dir.resolve(".git/info/exclude"), "# local\nlocal/\n");
        Files.writeString(dir.resolve(".gitignore"), """
                # generated
                Dockerfile.*
                !Dockerfile.keep
                /top/
                build/
                \\#odd/
                """);
        Files.createDirectories(dir.resolve("svc"));
        Files.writeString(dir.resolve("svc/.gitignore"), "!Dockerfile.svc\nDockerfile\n");
        touch("Dockerfile");
        touch("Dockerfile.gen");
        touch("Dockerfile.keep");
        touch("top/Dockerfile");
        touch("x/top/Dockerfile");
        touch("x/build/Dockerfile");
        touch("#odd/Dockerfile");
        touch("local/Dockerfile");
        touch("svc/Dockerfile");
        touch("svc/Dockerfile.svc");
        touch("svc/deeper/Dockerfile");
        assertThat(found(List.of("."), List.of()))
                .containsExactly("Dockerfile", "Dockerfile.keep", "svc/Dockerfile.svc", "x/top/Dockerfile");
    }

    @Test
    void gitignoreOfParentDirectoriesAppliesWhenWalkingASubdirectory() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".gitignore"), "gen/\n");
        touch("app/gen/Dockerfile");
        touch("app/Dockerfile");
        assertThat(found(List.of("app"), List.of())).containsExactly("app/Dockerfile");
    }

    @Test
    void configExcludeGlobsPruneTheWalk() throws IOException {
        touch("vendor/lib/Dockerfile");
        touch("src/testdata/Dockerfile");
        touch("src/Dockerfile");
        assertThat(found(List.of("."), List.of("vendor/**", "**/testdata/**"))).containsExactly("src/Dockerfile");
        assertThat(found(List.of("."), List.of("vendor", "testdata/"))).containsExactly("src/Dockerfile");
    }

    @Test
    void explicitFilesAreAlwaysLinted() throws IOException {
        Files.writeString(dir.resolve(".gitignore"), "*\n");
        touch("weird-name.txt");
        touch("vendor/Dockerfile");
        assertThat(found(List.of("weird-name.txt", "vendor/Dockerfile"), List.of("vendor/**")))
                .containsExactly("vendor/Dockerfile", "weird-name.txt");
        assertThat(found(List.of("."), List.of())).isEmpty();
    }

    @Test
    void symlinkedDirectoriesAndFilesAreNotFollowedByTheWalk() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("Dockerfile"), "FROM scratch\n");
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.writeString(root.resolve("Dockerfile"), "FROM scratch\n");
        try {
            Files.createSymbolicLink(root.resolve("linked"), outside);
            Files.createSymbolicLink(root.resolve("Dockerfile.link"), outside.resolve("Dockerfile"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links not supported");
        }
        assertThat(found(List.of("root"), List.of())).containsExactly("root/Dockerfile");
        assertThat(found(List.of("root/Dockerfile.link"), List.of())).containsExactly("root/Dockerfile.link");
    }

    @Test
    void stdinMissingPathsAndDeduplication() throws IOException {
        touch("Dockerfile");
        Discovered d = FileDiscovery.discover(List.of("-", "Dockerfile", "./Dockerfile", ".", "missing", "-"), dir, List.of());
        assertThat(d.files()).extracting(InputFile::displayPath).containsExactly("-", "Dockerfile");
        assertThat(d.files().get(0).isStdin()).isTrue();
        assertThat(d.errors()).extracting(InputError::describe).containsExactly("missing: no such file or directory");
    }

    @Test
    void displayPathsAreRelativeToCwdWhenBelowItElseAsGiven() throws IOException {
        touch("proj/sub/Dockerfile");
        touch("other/Dockerfile");
        Path cwd = dir.resolve("proj");
        Discovered below = FileDiscovery.discover(List.of(dir.resolve("proj/sub").toString()), cwd, List.of());
        assertThat(below.files()).extracting(InputFile::displayPath).containsExactly("sub/Dockerfile");
        Discovered outside = FileDiscovery.discover(List.of("../other"), cwd, List.of());
        assertThat(outside.files()).extracting(InputFile::displayPath).containsExactly("../other/Dockerfile");
        assertThat(outside.files().get(0).path()).contains(dir.resolve("other/Dockerfile"));
    }
}
