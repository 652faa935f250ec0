package dev.lashing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WildcardTest {

    @Test
    void variablesStandForAnyTextBetweenLiteralPiecesInOrder() {
        Wildcard w = Wildcard.of("PATH=$HOME/bin:${PATH}");
        assertThat(w.hasVariables()).isTrue();
        assertThat(w.hasLiteral()).isTrue();
        assertThat(w.matches("PATH=/root/bin:/usr/bin")).isTrue();
        assertThat(w.matches("PATH=/bin:")).isTrue();
        assertThat(w.matches("PATH=/root/sbin:/usr/bin")).isFalse();
        assertThat(w.matches("XPATH=/root/bin:/usr/bin")).isFalse();
    }

    @Test
    void prefixAndSuffixMayNotOverlap() {
        Wildcard w = Wildcard.of("ab${X}ba");
        assertThat(w.matches("aba")).isFalse();
        assertThat(w.matches("abba")).isTrue();
        assertThat(Wildcard.of("a${X}b${Y}c").matches("abc")).isTrue();
        assertThat(Wildcard.of("a${X}b${Y}c").matches("acb")).isFalse();
    }

    @Test
    void textWithoutVariablesMatchesOnlyItself() {
        Wildcard w = Wildcard.of("echo $$ costs 5$");
        assertThat(w.hasVariables()).isFalse();
        assertThat(w.matches("echo $$ costs 5$")).isTrue();
        assertThat(w.matches("echo 12 costs 5$")).isFalse();
        assertThat(Wildcard.of("${A}${B:-x}").hasLiteral()).isFalse();
    }
}
