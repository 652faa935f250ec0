package dev.lashing.dockerfile.shell;

import static dev.lashing.dockerfile.shell.Sh.texts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StructureTest {

    @Test
    void listsRecordHowEachCommandIsJoined() {
        Sh s = Sh.run("a && b || c; d & e");
        assertThat(s.names()).containsExactly("a", "b", "c", "d", "e");
        assertThat(s.script.commands()).extracting(c -> c.before().orElse(null))
                .containsExactly(null, Connector.AND, Connector.OR, Connector.SEQUENCE, Connector.BACKGROUND);
        assertThat(s.script.pipelines()).isEmpty();
        assertThat(s.script.hasErrors()).isFalse();
    }

    @Test
    void pipelineBindsTighterThanAndEvenWithRedirects() {
        Sh s = Sh.run("apt-get update && curl -fsSL x 2>&1 | sh && echo done");
        assertThat(s.script.pipelines()).singleElement().satisfies(p -> {
            assertThat(p.commands()).extracting(c -> c.simpleName().orElseThrow()).containsExactly("curl", "sh");
            assertThat(s.text(p.range())).isEqualTo("curl -fsSL x 2>&1 | sh");
            assertThat(p.negated()).isFalse();
        });
        Command curl = s.cmd("curl");
        assertThat(curl.before()).contains(Connector.AND);
        assertThat(curl.pipelinePosition()).isZero();
        assertThat(curl.redirects()).singleElement().satisfies(r -> assertThat(r.operator()).isEqualTo("2>&1"));
        assertThat(s.cmd("sh").before()).contains(Connector.PIPE);
        assertThat(s.cmd("sh").pipelinePosition()).isEqualTo(1);
        assertThat(s.cmd("echo").before()).contains(Connector.AND);
        assertThat(s.cmd("echo").pipeline()).isEmpty();
        assertThat(s.cmd("apt-get").pipeline()).isEmpty();
    }

    @Test
    void negatedPipeline() {
        Sh s = Sh.run("! grep -q x f | cat");
        assertThat(s.script.pipelines()).singleElement().satisfies(p -> assertThat(p.negated()).isTrue());
    }

    @Test
    void newlinesInHeredocScriptAreSequences() {
        Sh s = Sh.dockerfile("FROM a\nRUN <<EOF\na\nb\nEOF\n");
        assertThat(s.names()).containsExactly("a", "b");
        assertThat(s.cmd("b").before()).contains(Connector.SEQUENCE);
        assertThat(s.at(s.cmd("b").range())).isEqualTo("4:1");
    }

    @Test
    void subshellsAndSubstitutionsHaveTheirContext() {
        Sh s = Sh.run("(cd /x && make) ; echo $(date) `id -u` ; diff <(ls a) b");
        assertThat(s.cmd("cd").context()).isEqualTo(Context.SUBSHELL);
        assertThat(s.cmd("cd").before()).isEmpty();
        assertThat(s.cmd("make").context()).isEqualTo(Context.SUBSHELL);
        assertThat(s.cmd("date").context()).isEqualTo(Context.COMMAND_SUBSTITUTION);
        assertThat(s.cmd("date").enclosing()).contains(s.cmd("echo"));
        assertThat(s.cmd("id").context()).isEqualTo(Context.COMMAND_SUBSTITUTION);
        assertThat(texts(s.cmd("id").args())).containsExactly("-u");
        assertThat(s.cmd("ls").context()).isEqualTo(Context.PROCESS_SUBSTITUTION);
        assertThat(s.cmd("ls").enclosing()).contains(s.cmd("diff"));
        assertThat(s.cmd("echo").context()).isEqualTo(Context.TOP);
        assertThat(s.names()).containsExactly("cd", "make", "echo", "date", "id", "diff", "ls");
    }

    @Test
    void substitutionInAssignmentIsFound() {
        Sh s = Sh.run("V=$(curl -s x) && export A=\"$(uname -m)\"");
        assertThat(s.names()).containsExactly("curl", "export", "uname");
        assertThat(s.cmd("curl").context()).isEqualTo(Context.COMMAND_SUBSTITUTION);
    }

    @Test
    void redirections() {
        Sh s = Sh.run("cmd <<< \"$x\" > out 2>>err < in &>/dev/null 3<&0");
        Command c = s.cmd("cmd");
        assertThat(c.args()).isEmpty();
        assertThat(c.redirects()).extracting(Redirect::operator).containsExactly("<<<", ">", "2>>", "<", "&>", "3<&0");
        assertThat(c.redirects()).extracting(r -> r.target().raw()).containsExactly("\"$x\"", "out", "err", "in",
                "/dev/null", "0");
        assertThat(s.text(c.redirects().get(2).range())).isEqualTo("2>>err");
        assertThat(s.text(c.range())).isEqualTo("cmd <<< \"$x\" > out 2>>err < in &>/dev/null 3<&0");
    }

    @Test
    void hereStringAfterAFileRedirectIsMisparsedByTheGrammar() {
        // tree-sitter-bash 0.23 lexes "<<<" after a file redirect as "<<" "<": a known grammar limitation.
        Sh s = Sh.run("cmd > out <<< x");
        assertThat(s.script.hasErrors()).isTrue();
        assertThat(s.cmd("cmd").redirects()).extracting(Redirect::operator).contains(">");
    }

    @Test
    void heredocRedirectForData() {
        Sh s = Sh.dockerfile("FROM a\nRUN cat <<'EOF' > /etc/x.conf\nkey=$(not run)\nEOF\n");
        Command cat = s.cmd("cat");
        assertThat(cat.redirects()).extracting(Redirect::operator).containsExactly("<<", ">");
        assertThat(cat.redirects().get(0).isHeredoc()).isTrue();
        assertThat(cat.redirects().get(0).target().text()).isEqualTo("EOF");
    }

    @Test
    void assignmentsArePrefixes() {
        Sh s = Sh.run("DEBIAN_FRONTEND=noninteractive A=\"b c\" apt-get install -y x");
        Command c = s.cmd("apt-get");
        assertThat(c.assignments()).extracting(Word::text).containsExactly("DEBIAN_FRONTEND=noninteractive", "A=b c");
        assertThat(texts(c.args())).containsExactly("install", "-y", "x");
        assertThat(s.text(c.name().range())).isEqualTo("apt-get");
    }

    @Test
    void functionsAndCompoundBodies() {
        Sh s = Sh.run("f() { g; }; if [ -f x ]; then h; elif i; then j; else k; fi; "
                + "for x in $(seq 3); do l \"$x\"; done; while m; do n; done; case $y in a) o;; *) p;; esac; { q; }");
        assertThat(s.names()).containsExactly("g", "h", "i", "j", "k", "seq", "l", "m", "n", "o", "p", "q");
        assertThat(s.cmd("g").context()).isEqualTo(Context.FUNCTION);
        assertThat(s.cmd("h").context()).isEqualTo(Context.TOP);
        assertThat(s.cmd("h").before()).isEmpty();
        assertThat(s.cmd("seq").context()).isEqualTo(Context.COMMAND_SUBSTITUTION);
        assertThat(s.script.hasErrors()).isFalse();
    }

    @Test
    void declarationCommandsAreCommands() {
        Sh s = Sh.run("export PATH=/x:$PATH && unset FOO");
        assertThat(s.names()).containsExactly("export", "unset");
        assertThat(s.cmd("export").args()).hasSize(1);
    }

    @Test
    void execFormIsOneStaticCommand() {
        Sh s = Sh.dockerfile("FROM a\nCMD [\"/usr/bin/node\", \"--max-old-space-size=100\", \"app.js\"]\n");
        Command c = s.cmd("node");
        assertThat(c.name().text()).isEqualTo("/usr/bin/node");
        assertThat(texts(c.args())).containsExactly("--max-old-space-size=100", "app.js");
        assertThat(s.text(c.args().get(1).range())).isEqualTo("\"app.js\"");
        assertThat(c.flagValue("--max-old-space-size").orElseThrow().text()).isEqualTo("100");
    }

    @Test
    void emptyScript() {
        assertThat(ShellScript.ofExec(java.util.List.of()).commands()).isEmpty();
        assertThat(ShellScript.parse(dev.lashing.dockerfile.syntax.LogicalText.empty(0)).commands()).isEmpty();
    }
}
