package dev.lashing.runtime.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScalarsTest {

    @ParameterizedTest
    @CsvSource({
        "yes, BOOL", "On, BOOL", "n, BOOL", "FALSE, BOOL",
        "42, INT", "-7, INT", "0x1F, INT", "0o17, INT", "0b101, INT", "0777, INT", "1_000, INT",
        "1.5, FLOAT", "1e3, FLOAT", ".5, FLOAT", "08, FLOAT", ".inf, FLOAT", "99999999999999999999, FLOAT",
        "~, NULL", "null, NULL", "Null, NULL",
        "nginx, STRING", "1.2.3, STRING", "0x, STRING", "yess, STRING", "-, STRING", "e3, STRING",
    })
    void plainScalarsResolveAsYaml11(String text, Scalars.Type type) {
        assertThat(Scalars.plainType(text)).isEqualTo(type);
    }

    @Test
    void integersReadAsGoReadsThem() {
        assertThat(Scalars.integer("0777")).isEqualTo(511L);
        assertThat(Scalars.integer("0x3e8")).isEqualTo(1000L);
        assertThat(Scalars.integer("-0b11")).isEqualTo(-3L);
        assertThat(Scalars.integer("9223372036854775808")).isNull();
        assertThat(Scalars.integer("١٢")).isNull(); // Arabic-Indic digits are not Go digits
    }

    @Test
    void templatesAreHelmOrEnvsubstMarks() {
        assertThat(Scalars.isTemplate("{{ .Values.x }}")).isTrue();
        assertThat(Scalars.isTemplate("repo/{{ .Values.name }}:1")).isTrue();
        assertThat(Scalars.isTemplate("${IMAGE}")).isTrue();
        assertThat(Scalars.isTemplate("$(POD_NAME)")).isFalse(); // Kubernetes' own expansion
        assertThat(Scalars.isTemplate("{a}")).isFalse();
    }
}
