package dev.lashing.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyValueParsingTest {

    @Test
    void envNewFormWithQuotesAndEscapes() {
        Parsed p = Parsed.parse("FROM a\nENV A=1 B=\"two words\" C=three\\ words D=\n");
        Env e = p.get(1, Env.class);
        assertThat(e.pairs()).extracting(kv -> kv.key().text()).containsExactly("A", "B", "C", "D");
        assertThat(e.pairs()).extracting(kv -> kv.value().text())
                .containsExactly("1", "\"two words\"", "three\\ words", "");
        assertThat(e.pairs().get(1).legacyForm()).isFalse();
    }

    @Test
    void envLegacyFormTakesTheRestOfTheLine() {
        Parsed p = Parsed.parse("FROM a\nENV PATH /usr/local/bin:$PATH  extra\n");
        KeyValue kv = p.get(1, Env.class).pairs().get(0);
        assertThat(kv.legacyForm()).isTrue();
        assertThat(kv.key().text()).isEqualTo("PATH");
        assertThat(kv.value().text()).isEqualTo("/usr/local/bin:$PATH  extra");
    }

    @Test
    void envWithoutValueIsAnError() {
        Parsed p = Parsed.parse("FROM a\nENV ONLYNAME\n");
        assertThat(p.errors()).containsExactly("ENV must have two arguments");
    }

    @Test
    void envMixingFormsIsAnError() {
        Parsed p = Parsed.parse("FROM a\nENV A=1 B\n");
        assertThat(p.errors()).singleElement().asString().startsWith("Syntax error - can't find = in \"B\"");
    }

    @Test
    void labelPairs() {
        Parsed p = Parsed.parse("FROM a\nLABEL org.opencontainers.image.source=\"https://x\" \\\n  maintainer=me\n");
        Label l = p.get(1, Label.class);
        assertThat(l.pairs()).extracting(kv -> kv.key().text())
                .containsExactly("org.opencontainers.image.source", "maintainer");
        assertThat(p.at(l.pairs().get(1).key().range()).toString()).isEqualTo("3:3");
    }

    @Test
    void argWithSeveralNamesAndDefaults() {
        Parsed p = Parsed.parse("ARG A B=2 C=\"x y\"\nFROM a\n");
        Arg a = p.get(0, Arg.class);
        assertThat(a.declarations()).extracting(d -> d.name().text()).containsExactly("A", "B", "C");
        assertThat(a.declarations().get(0).defaultValue()).isEmpty();
        assertThat(a.declarations().get(2).defaultValue().orElseThrow().text()).isEqualTo("\"x y\"");
    }

    @Test
    void argBlankNameIsAnError() {
        Parsed p = Parsed.parse("ARG =x\nFROM a\n");
        assertThat(p.errors()).containsExactly("ARG names can not be blank");
    }
}
