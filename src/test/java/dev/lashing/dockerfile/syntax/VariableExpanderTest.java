package dev.lashing.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.dockerfile.syntax.VariableExpander.Binding;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariableExpanderTest {
    private static final VariableExpander.Lookup ENV = name -> switch (name) {
        case "V" -> new Binding.Value("1.2.3");
        case "E" -> new Binding.Value("");
        case "PATHV" -> new Binding.Value("/usr/local/bin:/usr/bin");
        case "U" -> new Binding.Unknown();
        default -> new Binding.Unset();
    };

    private static String x(String word) {
        VariableExpander.Expansion e = VariableExpander.expand(word, '\\', ENV);
        assertThat(e.error()).isEmpty();
        assertThat(e.resolved()).isTrue();
        return e.value();
    }

    @Test
    void plainAndBracedReferences() {
        assertThat(x("v$V-${V}")).isEqualTo("v1.2.3-1.2.3");
        assertThat(x("$NOPE|${NOPE}")).isEqualTo("|");
        assertThat(x("cost $ 5 $")).isEqualTo("cost $ 5 $");
    }

    @Test
    void quotesAndEscapes() {
        assertThat(x("'$V' \"$V\" \\$V")).isEqualTo("$V 1.2.3 $V");
        assertThat(x("\"a\\\"b\\x\"")).isEqualTo("a\"b\\x");
    }

    @Test
    void defaultsAndAlternatives() {
        assertThat(x("${NOPE:-d} ${E:-d} ${E-d} ${V:+alt} ${E:+alt} ${E+alt} ${NOPE+alt}")).isEqualTo("d d  alt  alt ");
    }

    @Test
    void requiredVariable() {
        VariableExpander.Expansion e = VariableExpander.expand("${NOPE:?must be set}", '\\', ENV);
        assertThat(e.error()).contains("NOPE: must be set");
    }

    @Test
    void patternRemovalAndSubstitution() {
        assertThat(x("${PATHV#*/}")).isEqualTo("usr/local/bin:/usr/bin");
        assertThat(x("${PATHV##*/}")).isEqualTo("bin");
        assertThat(x("${PATHV%:*}")).isEqualTo("/usr/local/bin");
        assertThat(x("${PATHV%%:*}")).isEqualTo("/usr/local/bin");
        assertThat(x("${V%.*}")).isEqualTo("1.2");
        assertThat(x("${V/./-}")).isEqualTo("1-2.3");
        assertThat(x("${V//./-}")).isEqualTo("1-2-3");
    }

    @Test
    void unknownVariablesMakeTheResultUnresolvedAndKeepTheReference() {
        VariableExpander.Expansion e = VariableExpander.expand("registry/${U}/app:$V", '\\', ENV);
        assertThat(e.resolved()).isFalse();
        assertThat(e.unresolvedNames()).containsExactly("U");
        assertThat(e.value()).isEqualTo("registry/${U}/app:1.2.3");
        assertThat(e.resolvedValue()).isEmpty();
        assertThat(VariableExpander.expand("${U:-x}", '\\', ENV).resolved()).isFalse();
    }

    @Test
    void syntaxErrors() {
        assertThat(VariableExpander.expand("${V", '\\', ENV).error()).contains("syntax error: missing '}'");
        assertThat(VariableExpander.expand("${:}", '\\', ENV).error()).contains("syntax error: bad substitution");
        assertThat(VariableExpander.expand("'open", '\\', ENV).error()).isPresent();
        assertThat(VariableExpander.expand("${V!x}", '\\', ENV).error()).isPresent();
    }

    @Test
    void backtickEscape() {
        assertThat(VariableExpander.expand("c:\\path `$V", '`', ENV).value()).isEqualTo("c:\\path $V");
    }

    @Test
    void referencedNamesAreCollected() {
        assertThat(VariableExpander.expand("$A ${B:-$C}", '\\', n -> new Binding.Value("x")).referencedNames())
                .containsExactlyInAnyOrder("A", "B", "C");
        assertThat(Map.of()).isEmpty();
    }
}
