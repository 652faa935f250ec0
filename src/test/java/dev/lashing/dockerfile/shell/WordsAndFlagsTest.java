package dev.lashing.dockerfile.shell;

import static dev.lashing.dockerfile.shell.Sh.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WordsAndFlagsTest {

    @Test
    void quoteRemovalGivesLiteralValues() {
        Command c = Sh.run("echo 'a b' \"c \\\"d\\\"\" e\\ f g'h'\"i\" *.txt ~/x").cmd("echo");
        assertThat(c.args()).extracting(Word::raw)
                .containsExactly("'a b'", "\"c \\\"d\\\"\"", "e\\ f", "g'h'\"i\"", "*.txt", "~/x");
        assertThat(texts(c.args())).containsExactly("a b", "c \"d\"", "e f", "ghi", "*.txt", "~/x");
        assertThat(c.args()).allMatch(Word::isStatic);
    }

    @Test
    void expansionsAreDynamic() {
        Command c = Sh.run("echo $A \"${B}\" `c` \"$(d)\" '$e' x$").cmd("echo");
        assertThat(c.args()).extracting(Word::isStatic).containsExactly(false, false, false, false, true, true);
        assertThat(c.args().get(0).literal()).isEmpty();
        assertThat(c.args().get(0).text()).isEqualTo("$A");
        assertThat(c.args().get(4).text()).isEqualTo("$e");
    }

    @Test
    void dynamicNameHasNoSimpleName() {
        Sh s = Sh.run("$CMD install && /usr/bin/apt-get update");
        assertThat(s.script.commands().get(0).simpleName()).isEmpty();
        assertThat(s.cmd("apt-get").name().text()).isEqualTo("/usr/bin/apt-get");
    }

    @Test
    void flagsBundledLongAndEndOfOptions() {
        Command c = Sh.run("apt-get install -qy --no-install-recommends --option=x -- -z pkg").cmd("apt-get");
        assertThat(c.hasFlag("-y")).isTrue();
        assertThat(c.hasFlag("-q")).isTrue();
        assertThat(c.hasFlag("--yes", "-y")).isTrue();
        assertThat(c.hasFlag("--no-install-recommends")).isTrue();
        assertThat(c.hasFlag("--option")).isTrue();
        assertThat(c.hasFlag("--opt")).isFalse();
        assertThat(c.hasFlag("-z")).isFalse();
        assertThat(c.hasFlag("--yes")).isFalse();
        assertThat(c.positionalArgs(Set.of())).extracting(Word::text).containsExactly("install", "-z", "pkg");
    }

    @Test
    void flagValuesInEverySpelling() {
        Sh s = Sh.run("curl --output=/a -o /b -o/c -sSLo /d --retry 3 x");
        Command c = s.cmd("curl");
        assertThat(c.flagValue("--output").orElseThrow().text()).isEqualTo("/a");
        assertThat(s.text(c.flagValue("--output").orElseThrow().range())).isEqualTo("/a");
        assertThat(c.flagValue("-o").orElseThrow().text()).isEqualTo("/b");
        assertThat(c.flagValue("--retry").orElseThrow().text()).isEqualTo("3");
        assertThat(c.flagValue("--nope")).isEmpty();
        assertThat(Sh.run("curl -o/c x").cmd("curl").flagValue("-o").orElseThrow().text()).isEqualTo("/c");
        assertThat(Sh.run("curl -sSLo /d x").cmd("curl").flagValue("-o").orElseThrow().text()).isEqualTo("/d");
        assertThat(Sh.run("wget -qO- x").cmd("wget").flagValue("-O").orElseThrow().text()).isEqualTo("-");
        assertThat(Sh.run("curl -- -o x").cmd("curl").flagValue("-o")).isEmpty();
    }

    @Test
    void quotedFlagValueKeepsTheWholeRange() {
        Sh s = Sh.run("curl \"--output=/a b\" x");
        Word v = s.cmd("curl").flagValue("--output").orElseThrow();
        assertThat(v.text()).isEqualTo("/a b");
        assertThat(s.text(v.range())).isEqualTo("\"--output=/a b\"");
    }

    @Test
    void positionalArgsSkipFlagValues() {
        Command c = Sh.run("tar -C /opt -xzf x.tgz --strip-components 1 dir - -- -p").cmd("tar");
        assertThat(c.positionalArgs(Set.of("-C", "-f", "--strip-components"))).extracting(Word::text)
                .containsExactly("dir", "-", "-p");
    }
}
