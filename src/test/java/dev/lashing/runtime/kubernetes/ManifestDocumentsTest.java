package dev.lashing.runtime.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestDocumentsTest {

    @Test
    void partsStartAtDocumentMarkersOnly() {
        String text = "a: 1\n---\nb: |\n  --- not a marker\n----\n--- # c\n---\tx\n---";
        assertThat(dev.lashing.runtime.yaml.YamlSource.documentStarts(text)).containsExactly(0, 5, text.indexOf("--- # c"),
                text.indexOf("---\tx"), text.lastIndexOf("---"));
    }

    @Test
    void directivesStayWithTheDocumentTheyIntroduce() {
        String text = "a: 1\n...\n%YAML 1.2\n%TAG ! tag:x,2000:\n---\nb: 2\n";
        assertThat(dev.lashing.runtime.yaml.YamlSource.documentStarts(text)).containsExactly(0, text.indexOf("%YAML"));
        assertThat(Manifests.clean(text).errors()).isEmpty();
    }

    @Test
    void aLeadingMarkerDoesNotMakeAnEmptyPart() {
        assertThat(dev.lashing.runtime.yaml.YamlSource.documentStarts("---\na: 1\n")).isEqualTo(List.of(0));
    }

    @Test
    void expandedSizeCountsAliasesEachTimeAndStopsAtTheCap() throws Exception {
        var doc = new dev.lashing.runtime.yaml.YamlSource(new dev.lashing.core.SourceFile("x",
                "a: &a [1, 2, 3]\nb: [*a, *a, *a]\n")).documents().get(0);
        // mapping, 2 keys, list a + 3 items, list b + 3 x (list + 3 items)
        assertThat(ManifestDocuments.expandedSize(doc, 1000)).isEqualTo(1 + 2 + 4 + 1 + 12);
        assertThat(ManifestDocuments.expandedSize(doc, 5)).isEqualTo(6);
    }
}
