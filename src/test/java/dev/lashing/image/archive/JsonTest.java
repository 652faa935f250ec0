package dev.lashing.image.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static JsonNode read(String json) throws ImageException {
        return Json.read(json.getBytes(StandardCharsets.UTF_8), "blob.json");
    }

    @Test
    void readsEveryKindOfValue() throws ImageException {
        JsonNode n = read("{\"s\":\"x\",\"i\":1,\"l\":12345678901,\"b\":123456789012345678901234567890,"
                + "\"d\":1.5,\"t\":true,\"f\":false,\"z\":null,\"a\":[1,[2],{}],\"o\":{\"k\":\"v\"}}");
        assertThat(n.path("s").textValue()).isEqualTo("x");
        assertThat(n.path("i").isInt()).isTrue();
        assertThat(n.path("l").isLong()).isTrue();
        assertThat(n.path("b").bigIntegerValue()).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(n.path("d").doubleValue()).isEqualTo(1.5);
        assertThat(n.path("t").booleanValue()).isTrue();
        assertThat(n.path("f").isBoolean()).isTrue();
        assertThat(n.path("z").isNull()).isTrue();
        assertThat(n.path("a").size()).isEqualTo(3);
        assertThat(n.path("a").get(1).get(0).intValue()).isEqualTo(2);
        assertThat(n.path("o").path("k").textValue()).isEqualTo("v");
    }

    @Test
    void aRepeatedKeyKeepsTheLastValue() throws ImageException {
        assertThat(read("{\"User\":\"app\",\"User\":\"root\"}").path("User").textValue()).isEqualTo("root");
    }

    @Test
    void trailingContentIsAnErrorWithItsPosition() {
        assertThatThrownBy(() -> read("{\"a\":1}\n  {\"b\":2}")).isInstanceOf(ImageException.class)
                .hasMessage("blob.json:2:3: malformed JSON: trailing content after the document");
    }

    @Test
    void syntaxErrorsAndEmptyDocumentsAreLocatedErrors() {
        assertThatThrownBy(() -> read("{\"a\":\n  tru}")).isInstanceOf(ImageException.class)
                .hasMessageStartingWith("blob.json:2:").hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> read("  ")).isInstanceOf(ImageException.class)
                .hasMessage("blob.json: empty JSON document");
    }

    @Test
    void nestingIsBounded() {
        String deep = "[".repeat(100) + "]".repeat(100);
        assertThatThrownBy(() -> read(deep)).isInstanceOf(ImageException.class).hasMessageContaining("malformed JSON");
    }

    @Test
    void prettyPrintingKeepsKeyOrderInJacksonsDefaultLayout() throws ImageException {
        String text = Json.pretty(read("{\"z\":1,\"a\":[\"x\",true,null,2.5],\"e\":{},\"n\":[]}"));
        assertThat(text).isEqualTo("{\n  \"z\" : 1,\n  \"a\" : [ \"x\", true, null, 2.5 ],\n  \"e\" : { },\n"
                + "  \"n\" : [ ]\n}");
    }
}
