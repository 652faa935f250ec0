package dev.lashing.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeredocParsingTest {

    @Test
    void loneHeredocIsTheScript() {
        Parsed p = Parsed.parse("FROM a\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\nUSER app\n");
        Run r = p.get(1, Run.class);
        ShellForm s = (ShellForm) r.command();
        assertThat(s.heredocScript()).isTrue();
        assertThat(s.script().text()).isEqualTo("apt-get update\napt-get install -y curl\n");
        assertThat(p.df.source().position(s.script().sourceOffset(s.script().text().indexOf("curl"))).toString())
                .isEqualTo("4:20");
        assertThat(r.syntax().heredocs()).singleElement().satisfies(h -> {
            assertThat(h.name()).isEqualTo("EOF");
            assertThat(h.expand()).isTrue();
            assertThat(p.text(h.terminator())).isEqualTo("EOF");
        });
        assertThat(p.get(2, User.class)).isNotNull();
    }

    @Test
    void heredocAsDataKeepsTheCommandAndAppendsTheBody() {
        Parsed p = Parsed.parse("FROM a\nRUN cat <<'EOF' > /etc/x.conf\nkey=$value\nEOF\n");
        Run r = p.get(1, Run.class);
        ShellForm s = (ShellForm) r.command();
        assertThat(s.heredocScript()).isFalse();
        assertThat(s.script().text()).isEqualTo("cat <<'EOF' > /etc/x.conf\nkey=$value\nEOF\n");
        assertThat(r.syntax().heredocs().get(0).expand()).isFalse();
    }

    @Test
    void chompStripsTabsFromBodyAndTerminator() {
        Parsed p = Parsed.parse("FROM a\nRUN <<-EOF\n\techo hi\n\tEOF\n");
        Heredoc h = p.get(1, Run.class).syntax().heredocs().get(0);
        assertThat(h.content()).isEqualTo("echo hi\n");
        assertThat(((ShellForm) p.get(1, Run.class).command()).script().text()).isEqualTo("echo hi\n");
    }

    @Test
    void severalHeredocsInOneInstruction() {
        Parsed p = Parsed.parse("FROM a\nCOPY <<robots.txt <<humans.txt /test/\n(robots)\nrobots.txt\n(humans)\nhumans.txt\n"
                + "RUN echo done\n");
        Copy c = p.get(1, Copy.class);
        assertThat(c.syntax().heredocs()).extracting(Heredoc::name).containsExactly("robots.txt", "humans.txt");
        assertThat(c.sources()).extracting(Token::text).containsExactly("<<robots.txt", "<<humans.txt");
        assertThat(c.heredoc(c.sources().get(1)).orElseThrow().content()).isEqualTo("(humans)\n");
        assertThat(c.destination().text()).isEqualTo("/test/");
        assertThat(p.get(2, Run.class)).isNotNull();
    }

    @Test
    void heredocAfterLineContinuation() {
        Parsed p = Parsed.parse("FROM a\nRUN --mount=type=cache,target=/x \\\n  <<EOF\necho hi\nEOF\n");
        assertThat(((ShellForm) p.get(1, Run.class).command()).script().text()).isEqualTo("echo hi\n");
    }

    @Test
    void unterminatedHeredocIsAnErrorAndFollowingLinesAreStillInstructions() {
        Parsed p = Parsed.parse("FROM a\nRUN <<EOF\necho hi\nUSER app\n");
        assertThat(p.errors()).containsExactly("unterminated heredoc: no line 'EOF' closes it; assuming it ends before line 4");
        assertThat(p.df.instructions()).extracting(Instruction::name).containsExactly("FROM", "RUN", "USER");
        assertThat(((ShellForm) p.get(1, Run.class).command()).script().text()).isEqualTo("echo hi\n");
    }

    @Test
    void heredocIsNotRecognisedInExecFormOrForOtherInstructions() {
        Parsed p = Parsed.parse("FROM a\nRUN [\"cat\", \"<<EOF\"]\nCMD cat <<EOF\nEOF\n");
        assertThat(p.get(1, Run.class).syntax().heredocs()).isEmpty();
        assertThat(p.get(2, Cmd.class).syntax().heredocs()).isEmpty();
        assertThat(p.errors()).containsExactly("unknown instruction: EOF");
    }

    @Test
    void heredocDestinationIsAnError() {
        Parsed p = Parsed.parse("FROM a\nCOPY src <<EOF\nx\nEOF\n");
        assertThat(p.errors()).contains("COPY cannot accept a heredoc as a destination");
    }

    @Test
    void crlfHeredocTerminator() {
        Parsed p = Parsed.parse("FROM a\r\nRUN <<EOF\r\necho hi\r\nEOF\r\nUSER x\r\n");
        assertThat(((ShellForm) p.get(1, Run.class).command()).script().text()).isEqualTo("echo hi\n");
        assertThat(p.get(2, User.class)).isNotNull();
    }

    @Test
    void onbuildRunCarriesHeredoc() {
        Parsed p = Parsed.parse("FROM a\nONBUILD RUN <<EOF\necho hi\nEOF\n");
        Onbuild o = p.get(1, Onbuild.class);
        assertThat(o.syntax().heredocs()).hasSize(1);
        assertThat(((ShellForm) ((Run) o.trigger()).command()).script().text()).isEqualTo("echo hi\n");
    }
}
