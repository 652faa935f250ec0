package dev.lashing.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellWordsTest {

    private static List<String> words(String text) {
        return ShellWords.split(text).words().stream().map(CommandArg::value).toList();
    }

    @Test
    void quotesAndEscapesAreRemoved() {
        assertThat(words("docker run -e 'A=b c' -e \"D=e \\\"f\\\"\" g\\ h 'it'\\''s'"))
                .containsExactly("docker", "run", "-e", "A=b c", "-e", "D=e \"f\"", "g h", "it's");
    }

    @Test
    void backslashNewlineContinuesTheCommand() {
        assertThat(words("docker run \\\n  --rm \\\r\n  nginx")).containsExactly("docker", "run", "--rm", "nginx");
        assertThat(words("docker run --r\\\nm nginx")).containsExactly("docker", "run", "--rm", "nginx");
    }

    @Test
    void rangesCoverTheWordAsWrittenWithItsQuotes() {
        ShellWords.Split s = ShellWords.split("a  'b c'  d");
        assertThat(s.words().get(1).range().start()).isEqualTo(3);
        assertThat(s.words().get(1).range().end()).isEqualTo(8);
        assertThat(s.command().end()).isEqualTo(11);
    }

    @Test
    void expansionsAreKeptAsWrittenAndMarked() {
        ShellWords.Split s = ShellWords.split("x -e A=$HOME -e \"B=${X:-1}\" C=$(cat f) '$lit' ~/d D=`id` $ 5$");
        List<CommandArg> w = s.words();
        assertThat(w.get(2).value()).isEqualTo("A=$HOME");
        assertThat(w.get(2).expansionAt()).isEqualTo(2);
        assertThat(w.get(4).value()).isEqualTo("B=${X:-1}");
        assertThat(w.get(4).expansionAt()).isEqualTo(2);
        assertThat(w.get(5).value()).isEqualTo("C=$(cat f)");
        assertThat(w.get(6).unresolved()).isFalse();
        assertThat(w.get(7).expansionAt()).isZero();
        assertThat(w.get(8).unresolved()).isTrue();
        assertThat(w.get(9).unresolved()).isFalse();
        assertThat(w.get(10).unresolved()).isFalse();
    }

    @Test
    void redirectionsAndCommentsAreSkipped() {
        assertThat(words("docker run -d nginx > /dev/null 2>&1 # start it")).containsExactly("docker", "run", "-d",
                "nginx");
        assertThat(ShellWords.split("docker run nginx &>log").problems()).isEmpty();
    }

    @Test
    void onlyTheFirstCommandIsReadAndTheRestIsReported() {
        ShellWords.Split s = ShellWords.split("docker run nginx && docker logs x");
        assertThat(s.words()).extracting(CommandArg::value).containsExactly("docker", "run", "nginx");
        assertThat(s.problems()).singleElement().satisfies(p -> assertThat(p.range().start()).isEqualTo(20));
        assertThat(ShellWords.split("docker run\n--rm nginx").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("trailing backslash"));
        assertThat(ShellWords.split("docker run nginx &\n\n# done\n").problems()).isEmpty();
    }

    @Test
    void unterminatedQuotesAreReportedAtTheQuote() {
        ShellWords.Split s = ShellWords.split("docker run -e \"A=b nginx");
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.range().start()).isEqualTo(14);
            assertThat(p.message()).isEqualTo("unterminated double quote");
        });
        assertThat(ShellWords.split("a 'b").problems()).extracting(ShellWords.Problem::message)
                .containsExactly("unterminated single quote");
    }
}
