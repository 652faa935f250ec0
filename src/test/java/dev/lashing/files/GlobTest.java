package dev.lashing.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Dockerfile          | Dockerfile                  | true
            Dockerfile          | a/b/Dockerfile              | true
            Dockerfile          | a/Dockerfile.dev            | false
            *.md                | README.md                   | true
            *.md                | docs/deep/x.md              | true
            *.md                | docs/x.mdx                  | false
            *                   | a/b/c                       | true
            /Dockerfile         | Dockerfile                  | true
            /Dockerfile         | sub/Dockerfile              | false
            sub/Dockerfile      | sub/Dockerfile              | true
            sub/Dockerfile      | x/sub/Dockerfile            | false
            a/*/c               | a/b/c                       | true
            a/*/c               | a/b/x/c                     | false
            a/*                 | a/b/c                       | false
            **/testdata         | testdata                    | true
            **/testdata         | x/y/testdata                | true
            **/testdata/**      | x/testdata/Dockerfile       | true
            **/testdata/**      | testdata/a/b                | true
            **/testdata/**      | testdata                    | false
            vendor/**           | vendor/a                    | true
            vendor/**           | vendor/a/b/c                | true
            vendor/**           | vendor                      | false
            vendor/**           | x/vendor/a                  | false
            a/**/b              | a/b                         | true
            a/**/b              | a/x/b                       | true
            a/**/b              | a/x/y/z/b                   | true
            a/**/b              | a/x/y/z/c                   | false
            **                  | anything/at/all             | true
            **/Dockerfile.dev   | Dockerfile.dev              | true
            **/Dockerfile.dev   | deep/er/Dockerfile.dev      | true
            test/**             | test/unit/Dockerfile        | true
            Dockerfile.?        | Dockerfile.a                | true
            Dockerfile.?        | Dockerfile.ab               | false
            file[0-9]           | file7                       | true
            file[0-9]           | filex                       | false
            file[abc]           | fileb                       | true
            file[!abc]          | fileb                       | false
            file[!abc]          | filed                       | true
            file[^abc]          | filed                       | true
            []]x                | ]x                          | true
            [a-c-]z             | -z                          | true
            \\*.txt             | *.txt                       | true
            \\*.txt             | a.txt                       | false
            \\#notes            | #notes                      | true
            a\\?                | a?                          | true
            a\\?                | ab                          | false
            a[bc                | a[bc                        | true
            *Dockerfile*        | my.Dockerfile.bak           | true
            *.Dockerfile        | a/.Dockerfile               | true
            a*b*c*d*e*f         | aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | false
            """)
    void matchesFiles(String pattern, String path, boolean expected) {
        assertThat(Glob.compile(pattern).matches(path)).isEqualTo(expected);
    }

    @Test
    void trailingSlashMatchesOnlyDirectories() {
        Glob g = Glob.compile("build/");
        assertThat(g.directoryOnly()).isTrue();
        assertThat(g.matches("build", true)).isTrue();
        assertThat(g.matches("x/build", true)).isTrue();
        assertThat(g.matches("build", false)).isFalse();
    }

    @Test
    void selfOrParentCoversEverythingBelowAMatchingDirectory() {
        assertThat(Glob.compile("vendor").matchesSelfOrParent("vendor/x/Dockerfile")).isTrue();
        assertThat(Glob.compile("vendor/").matchesSelfOrParent("a/vendor/Dockerfile")).isTrue();
        assertThat(Glob.compile("/vendor").matchesSelfOrParent("a/vendor/Dockerfile")).isFalse();
        assertThat(Glob.compile("test/**").matchesSelfOrParent("test/Dockerfile")).isTrue();
        assertThat(Glob.compile("vendor/").matchesSelfOrParent("vendor")).isFalse();
    }

    @Test
    void doubleStarRunsCollapse() {
        assertThat(Glob.compile("a/**/**/b").matches("a/b")).isTrue();
        assertThat(Glob.compile("a/**/**").matches("a")).isFalse();
        assertThat(Glob.compile("a/**/**").matches("a/b/c")).isTrue();
    }

    @Test
    void emptyPatternIsRejected() {
        assertThatThrownBy(() -> Glob.compile("/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Glob.compile("")).isInstanceOf(IllegalArgumentException.class);
    }
}
