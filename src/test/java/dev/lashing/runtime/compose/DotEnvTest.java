package dev.lashing.runtime.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.InputError;
import dev.lashing.core.SourceFile;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DotEnvTest {

    private static DotEnv.Parsed parse(String text, Map<String, String> env) {
        return DotEnv.parse(new SourceFile(".env", text), Variables.of(env), false, new Budget(Budget.DEFAULT_LIMIT));
    }

    private static String value(DotEnv.Parsed p, String name) {
        return p.entries().stream().filter(e -> e.name().equals(name)).reduce((a, b) -> b).orElseThrow().value();
    }

    @Test
    void keyValueLinesCommentsBlankLinesAndExport() {
        DotEnv.Parsed p = parse("""
                # database
                DB_HOST=db

                export DB_PORT=5432
                  INDENTED=yes
                EMPTY=
                """, Map.of());
        assertThat(p.errors()).isEmpty();
        assertThat(p.entries()).extracting(DotEnv.Entry::name).containsExactly("DB_HOST", "DB_PORT", "INDENTED", "EMPTY");
        assertThat(value(p, "DB_PORT")).isEqualTo("5432");
        assertThat(value(p, "EMPTY")).isEmpty();
    }

    @Test
    void inlineCommentsNeedASpaceForUnquotedValues() {
        DotEnv.Parsed p = parse("A=VAL # comment\nB=VAL# not a comment\nC=\"VAL # not a comment\"\nD=\"VAL\" # comment\n",
                Map.of());
        assertThat(value(p, "A")).isEqualTo("VAL");
        assertThat(value(p, "B")).isEqualTo("VAL# not a comment");
        assertThat(value(p, "C")).isEqualTo("VAL # not a comment");
        assertThat(value(p, "D")).isEqualTo("VAL");
    }

    @Test
    void singleQuotesAreLiteralDoubleQuotesInterpolateAndEscape() {
        DotEnv.Parsed p = parse("""
                OTHER=x
                S='$OTHER ${OTHER}'
                D="$OTHER\\tand\\n${OTHER}"
                U=$OTHER-suffix
                Q='Let\\'s go!'
                J="{\\"hello\\": \\"json\\"}"
                T='some\\tvalue'
                L="cost \\$5"
                """, Map.of());
        assertThat(p.errors()).isEmpty();
        assertThat(value(p, "S")).isEqualTo("$OTHER ${OTHER}");
        assertThat(value(p, "D")).isEqualTo("x\tand\nx");
        assertThat(value(p, "U")).isEqualTo("x-suffix");
        assertThat(value(p, "Q")).isEqualTo("Let's go!");
        assertThat(value(p, "J")).isEqualTo("{\"hello\": \"json\"}");
        assertThat(value(p, "T")).isEqualTo("some\\tvalue");
        assertThat(value(p, "L")).isEqualTo("cost $5");
    }

    @Test
    void doubleQuotedValuesSpanLines() {
        DotEnv.Parsed p = parse("KEY=\"-----BEGIN KEY-----\nabc\n-----END KEY-----\"\nNEXT=1\n", Map.of());
        assertThat(p.errors()).isEmpty();
        assertThat(value(p, "KEY")).isEqualTo("-----BEGIN KEY-----\nabc\n-----END KEY-----");
        assertThat(value(p, "NEXT")).isEqualTo("1");
        assertThat(p.entries().get(0).location().start().line()).isEqualTo(1);
        assertThat(p.entries().get(1).location().start().line()).isEqualTo(4);
    }

    @Test
    void environmentWinsOverEarlierEntriesInInterpolation() {
        DotEnv.Parsed p = parse("A=file\nB=${A}\nC=${UNSET:-dflt}\nD=${UNSET}\n", Map.of("A", "shell"));
        assertThat(value(p, "B")).isEqualTo("shell");
        assertThat(value(p, "C")).isEqualTo("dflt");
        assertThat(value(p, "D")).isNull();
    }

    @Test
    void bareKeyComesFromTheHost() {
        DotEnv.Parsed p = parse("FROM_HOST\n", Map.of());
        assertThat(p.entries()).singleElement().satisfies(e -> {
            assertThat(e.fromHost()).isTrue();
            assertThat(e.value()).isNull();
        });
    }

    @Test
    void badLinesAreLocatedErrorsAndTheRestIsRead() {
        DotEnv.Parsed p = parse("GOOD=1\nnot a pair\nBAD=\"unterminated\nLATER=2\n", Map.of());
        assertThat(p.errors()).extracting(InputError::message)
                .anyMatch(m -> m.startsWith("not a KEY=VALUE line"))
                .anyMatch(m -> m.startsWith("unterminated double-quoted value"));
        assertThat(p.errors().get(0).location().orElseThrow().start().line()).isEqualTo(2);
        assertThat(value(p, "GOOD")).isEqualTo("1");
    }

    @Test
    void rawFormatTakesValuesAsWritten() {
        DotEnv.Parsed p = DotEnv.parse(new SourceFile("a.env", "A=\"$X\" # c\n"), Variables.of(Map.of()), true,
                new Budget(Budget.DEFAULT_LIMIT));
        assertThat(value(p, "A")).isEqualTo("\"$X\" # c");
    }

    @Test
    void crlfLinesAreRead() {
        DotEnv.Parsed p = parse("A=1\r\nB=\"2\"\r\n", Map.of());
        assertThat(value(p, "A")).isEqualTo("1");
        assertThat(value(p, "B")).isEqualTo("2");
    }
}
