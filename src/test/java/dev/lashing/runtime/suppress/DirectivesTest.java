package dev.lashing.runtime.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import dev.lashing.engine.RuntimeChecker;
import dev.lashing.runtime.docker.DockerRunParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectivesTest {

    private static List<String> covered(String path, String text, Syntax syntax) {
        SourceFile file = new SourceFile(path, text);
        return Directives.scan(file, syntax).directives().stream()
                .map(d -> file.text().substring(d.scoped().covers().start(), d.scoped().covers().end())).toList();
    }

    @Test
    void filesAreReadInTheSyntaxTheirNameSuggests() {
        assertThat(Directives.byName("deploy/compose.override.YAML")).isEqualTo(Syntax.YAML);
        assertThat(Directives.byName("common.yml")).isEqualTo(Syntax.YAML);
        assertThat(Directives.byName("units/web.container")).isEqualTo(Syntax.UNIT);
        assertThat(Directives.byName("web.env")).isEqualTo(Syntax.ENV);
        assertThat(Directives.byName(".env")).isEqualTo(Syntax.ENV);
    }

    @Test
    void ownLineCommentCoversTheOutermostNodeOfTheNextLine() {
        assertThat(covered("c.yml", """
                services:
                  # lashing ignore=RT001
                  web: {image: "a#b", privileged: true}
                  db:
                    # lashing ignore=RT010
                    - name: x
                      image: y
                    - z
                """, Syntax.YAML)).containsExactly("web: {image: \"a#b\", privileged: true}", "name: x\n      image: y");
    }

    @Test
    void windowsLineEndingsAreRead() {
        assertThat(covered("c.yml", "services:\r\n  # lashing ignore=RT001\r\n  web:\r\n    privileged: true # lashing ignore=RT001\r\n",
                Syntax.YAML)).containsExactly("web:\r\n    privileged: true # lashing ignore=RT001",
                "    privileged: true # lashing ignore=RT001");
    }

    @Test
    void blankAndCommentLinesAfterABlockAreNotPartOfIt() {
        assertThat(covered("c.yml", """
                services:
                  # lashing ignore=RT001
                  web:
                    image: x
                    command: |
                      run
                      # not a comment: part of the script

                  # a comment about db
                  db:
                    image: y
                """, Syntax.YAML)).containsExactly("web:\n    image: x\n    command: |\n      run\n"
                + "      # not a comment: part of the script");
    }

    @Test
    void commentAtTheEndOfTheFileCoversNothing() {
        SourceFile file = new SourceFile("c.yml", "services: {}\n# lashing ignore=RT001\n");
        List<RuntimeDirective> d = Directives.scan(file, Syntax.YAML).directives();
        assertThat(d).singleElement().satisfies(x -> assertThat(x.scoped().covers().isEmpty()).isTrue());
    }

    @Test
    void annotationsAreReadOnlyInKubernetesManifests() {
        String manifest = """
                apiVersion: v1
                kind: Pod
                metadata:
                  annotations: {lashing.dev/ignore: RT001}
                spec: {containers: [{name: a, image: a}]}
                """;
        assertThat(covered("k.yaml", manifest, Syntax.KUBERNETES)).containsExactly(manifest);
        assertThat(covered("k.yaml", manifest, Syntax.YAML)).isEmpty();
    }

    @Test
    void brokenYamlHasNoDirectivesAndDoesNotThrow() {
        FileDirectives d = Directives.scan(new SourceFile("c.yml", "a: [\n# lashing ignore=RT001\nb: '"), Syntax.YAML);
        assertThat(d.directives()).isEmpty();
        assertThat(d.malformed()).isEmpty();
    }

    @Test
    void aCommandLineHasNoComments() {
        assertThat(Directives.scan(new SourceFile("command line", "# lashing ignore=RT001\n"), Syntax.NONE)
                .directives()).isEmpty();
        RuntimeChecker.RuntimeResult r = Suppressed.with("RT001").check(DockerRunParser.parse("command line",
                "docker run --privileged nginx:1.27 # lashing ignore=RT001", Optional.empty()));
        assertThat(r.findings()).extracting(Suppressed::at).containsExactly("RT001@1");
        assertThat(r.suppressed()).isZero();
    }

    @Test
    void malformedLashingAnnotationIsLocatedAtItsValue() {
        SourceFile file = new SourceFile("k.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  annotations:
                    lashing.dev/ignore: ""
                """);
        FileDirectives d = Directives.scan(file, Syntax.KUBERNETES);
        assertThat(d.malformed()).singleElement().satisfies(m -> {
            assertThat(m.range()).isEqualTo(new TextRange(file.text().indexOf("\"\""), file.text().indexOf("\"\"") + 2));
            assertThat(m.message()).contains("expected a rule code");
        });
    }
}
