package dev.lashing.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContinuationAndCommentTest {

    @Test
    void continuationJoinsLinesKeepingTheSpaceBeforeTheBackslash() {
        Parsed p = Parsed.parse("FROM a\nRUN apt-get update \\\n    && apt-get install -y \\\n\tcurl\n");
        ShellForm s = (ShellForm) p.get(1, Run.class).command();
        assertThat(s.text().text()).isEqualTo("apt-get update     && apt-get install -y \tcurl");
        int curl = s.text().text().indexOf("curl");
        assertThat(p.df.source().position(s.text().sourceOffset(curl)).toString()).isEqualTo("4:2");
    }

    @Test
    void commentAndEmptyLinesInsideContinuationAreSkipped() {
        Parsed p = Parsed.parse("FROM a\nRUN echo a \\\n  # a comment\n\n  && echo b\nUSER app\n");
        Run r = p.get(1, Run.class);
        assertThat(((ShellForm) r.command()).text().text()).isEqualTo("echo a   && echo b");
        assertThat(r.syntax().innerComments()).singleElement().extracting(Comment::text).isEqualTo(" a comment");
        assertThat(p.warnings()).containsExactly("empty continuation line");
        assertThat(p.get(2, User.class).user().text()).isEqualTo("app");
    }

    @Test
    void escapedEscapeAtEndOfLineIsNotAContinuation() {
        Parsed p = Parsed.parse("FROM a\nRUN echo \\\\\nUSER b\n");
        assertThat(((ShellForm) p.get(1, Run.class).command()).text().text()).isEqualTo("echo \\\\");
        assertThat(p.get(2, User.class)).isNotNull();
    }

    @Test
    void trailingWhitespaceAfterBackslashStillContinues() {
        Parsed p = Parsed.parse("FROM a\nRUN echo a \\  \t\n  b\n");
        assertThat(((ShellForm) p.get(1, Run.class).command()).text().text()).isEqualTo("echo a   b");
    }

    @Test
    void crlfLineEndingsAndBom() {
        String text = "\uFEFFFROM a\r\nRUN echo a \\\r\n  b\r\n";
        Parsed p = Parsed.parse(text);
        assertThat(p.get(0, From.class).image().text()).isEqualTo("a");
        assertThat(((ShellForm) p.get(1, Run.class).command()).text().text()).isEqualTo("echo a   b");
    }

    @Test
    void backtickEscapeDirective() {
        Parsed p = Parsed.parse("# escape=`\nFROM a\nRUN dir c:\\ `\n  /b\n");
        assertThat(p.df.escape()).isEqualTo('`');
        assertThat(((ShellForm) p.get(1, Run.class).command()).text().text()).isEqualTo("dir c:\\   /b");
        assertThat(p.df.directive("escape").orElseThrow().value().text()).isEqualTo("`");
    }

    @Test
    void directivesOnlyAtTheTopAndOnlyKnownNames() {
        Parsed p = Parsed.parse("# syntax=docker/dockerfile:1\n#check=skip=all\n# foo=bar\n# escape=`\nFROM a\n");
        assertThat(p.df.directives()).extracting(Directive::key).containsExactly("syntax", "check");
        assertThat(p.df.escape()).isEqualTo('\\');
        assertThat(p.df.nodes().get(2)).isInstanceOf(Comment.class);
    }

    @Test
    void duplicateDirectiveIsAnError() {
        Parsed p = Parsed.parse("# escape=\\\n# escape=`\nFROM a\n");
        assertThat(p.errors()).containsExactly("only one escape parser directive can be used");
    }

    @Test
    void blankLineEndsDirectives() {
        Parsed p = Parsed.parse("\n# escape=`\nFROM a\n");
        assertThat(p.df.directives()).isEmpty();
        assertThat(p.df.escape()).isEqualTo('\\');
    }

    @Test
    void emptyFileIsAnErrorWithNoInstructions() {
        Parsed p = Parsed.parse("# just a comment\n");
        assertThat(p.errors()).containsExactly("file with no instructions");
    }

    @Test
    void unknownInstructionIsReportedAndTheRestIsStillParsed() {
        Parsed p = Parsed.parse("FROM a\nRUNN echo\nUSER app\n");
        assertThat(p.errors()).containsExactly("unknown instruction: RUNN");
        assertThat(p.df.instructions().get(1)).isInstanceOf(MalformedInstruction.class);
        assertThat(p.get(2, User.class).user().text()).isEqualTo("app");
    }

    @Test
    void keywordsAreCaseInsensitiveAndLeadingWhitespaceIsAllowed() {
        Parsed p = Parsed.parse("  from a\n\truN echo\n");
        assertThat(p.get(1, Run.class).name()).isEqualTo("RUN");
        assertThat(p.get(1, Run.class).syntax().keyword().text()).isEqualTo("ruN");
    }
}
