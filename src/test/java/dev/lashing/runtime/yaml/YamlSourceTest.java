package dev.lashing.runtime.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.core.Location;
import dev.lashing.core.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

@Timeout(30)
class YamlSourceTest {

    private static YamlSource yaml(String text) {
        return new YamlSource(new SourceFile("k8s.yaml", text));
    }

    @Test
    void everyDocumentWithPositionsInUtf16() throws YamlException {
        YamlSource y = yaml("# c\n---\nkind: Pod\n---\n---\nname: \"\ud83d\udc33\"\nimage: x\n");
        List<Node> docs = y.documents();
        assertThat(docs).hasSize(2);
        MappingNode second = (MappingNode) docs.get(1);
        Location image = y.location(second.getValue().get(1).getValueNode());
        assertThat(image.text()).isEqualTo("x");
        assertThat(image.start().line()).isEqualTo(7);
        Location name = y.location(second.getValue().get(0).getValueNode());
        assertThat(name.text()).isEqualTo("\"\ud83d\udc33\"");
    }

    @Test
    void aSurrogatePairAcrossTheParsersOldBufferEndReadsFine() throws YamlException {
        // SnakeYAML Engine 2.10 threw IndexOutOfBoundsException for this with its default 1 KiB buffer
        for (int pad = 1015; pad <= 1030; pad++) {
            YamlSource y = yaml("a: \"" + "x".repeat(pad) + "\ud83d\udc33\"\n");
            assertThat(y.documents()).hasSize(1);
        }
    }

    @Test
    void syntaxErrorsCarryLineAndColumn() {
        assertThatThrownBy(() -> yaml("a: 1\nb: [1, 2\nc: 3\n").documents()).isInstanceOf(YamlException.class)
                .satisfies(e -> {
                    YamlException y = (YamlException) e;
                    assertThat(y.location()).isPresent();
                    assertThat(y.error().file()).isEqualTo("k8s.yaml");
                    assertThat(y.getMessage()).startsWith("invalid YAML");
                });
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder b = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            b.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                b.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            b.append("]\n");
            prev = c;
        }
        assertThatThrownBy(() -> yaml(b.toString()).documents()).isInstanceOf(YamlException.class)
                .hasMessageContaining("billion laughs");
    }

    @Test
    void manySmallBombsInOneFileAddUp() {
        // each document expands to about 9^6 = 531,441 nodes: fine alone, refused together
        StringBuilder doc = new StringBuilder("a: &a [1,2,3,4,5,6,7,8,9]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'f'; c++) {
            doc.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                doc.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            doc.append("]\n");
            prev = c;
        }
        String one = doc.toString();
        org.assertj.core.api.Assertions.assertThatCode(() -> yaml(one).documents()).doesNotThrowAnyException();
        String many = (one + "---\n").repeat(8);
        assertThatThrownBy(() -> yaml(many).documents()).isInstanceOf(YamlException.class)
                .hasMessageContaining("billion laughs");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "a: " + "[".repeat(300) + "]".repeat(300) + "\n";
        assertThatThrownBy(() -> yaml(deep).documents()).isInstanceOf(YamlException.class)
                .hasMessageContaining("nested");
    }

    @Test
    void recursiveKeysAreRefused() {
        assertThatThrownBy(() -> yaml("&a [*a]: 1\n").documents()).isInstanceOf(YamlException.class);
    }
}
