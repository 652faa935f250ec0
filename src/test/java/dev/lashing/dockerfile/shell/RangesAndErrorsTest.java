package dev.lashing.dockerfile.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.TextRange;
import dev.lashing.dockerfile.syntax.LogicalText;
import org.junit.jupiter.api.Test;

class RangesAndErrorsTest {

    @Test
    void rangesFollowContinuationsAndCommentLines() {
        Sh s = Sh.dockerfile("FROM a\nRUN apt-get update \\\n# a comment\n    && apt-get install -y \\\n       curl\n");
        Command install = s.script.commands().get(1);
        assertThat(s.at(install.range())).isEqualTo("4:8");
        Word curl = install.args().get(2);
        assertThat(curl.text()).isEqualTo("curl");
        assertThat(s.at(curl.range())).isEqualTo("5:8");
        assertThat(s.text(curl.range())).isEqualTo("curl");
        assertThat(s.text(install.range())).startsWith("apt-get install -y \\").endsWith("curl");
    }

    @Test
    void nonAsciiTextKeepsRangesRight() {
        Sh s = Sh.run("echo \"héllo ✓ 😀\" && curl x");
        Command echo = s.cmd("echo");
        assertThat(s.text(echo.args().get(0).range())).isEqualTo("\"héllo ✓ 😀\"");
        assertThat(echo.args().get(0).text()).isEqualTo("héllo ✓ 😀");
        Command curl = s.cmd("curl");
        assertThat(s.text(curl.range())).isEqualTo("curl x");
        assertThat(s.at(curl.range())).isEqualTo("2:26");
    }

    @Test
    void loneSurrogateKeepsOffsetsAligned() {
        String text = "echo \uD800x && curl y";
        ShellScript s = ShellScript.parse(LogicalText.verbatim(text, 0, text.length()));
        Command curl = s.commandsNamed("curl").get(0);
        assertThat(text.substring(curl.range().start(), curl.range().end())).isEqualTo("curl y");
    }

    @Test
    void nonAsciiInsideShC() {
        Sh s = Sh.run("sh -c 'echo ✓😀 && rm -rf /ü'");
        assertThat(s.text(s.cmd("rm").range())).isEqualTo("rm -rf /ü");
    }

    @Test
    void unterminatedStringIsAnError() {
        Sh s = Sh.run("echo \"unterminated");
        assertThat(s.script.hasErrors()).isTrue();
        assertThat(s.script.errors()).isNotEmpty();
        TextRange instruction = s.df.instructions().get(1).range();
        assertThat(s.script.errors()).allSatisfy(e -> assertThat(instruction.contains(e.range())).isTrue());
    }

    @Test
    void misplacedKeywordsAreAnError() {
        Sh s = Sh.run("if then fi");
        assertThat(s.script.hasErrors()).isTrue();
        assertThat(s.script.errors().get(0).message()).contains("syntax error");
        assertThat(s.text(s.script.errors().get(0).range())).isEqualTo("if then fi");
    }

    @Test
    void errorsInsideShCAreReportedAtTheirPlace() {
        Sh s = Sh.run("sh -c 'echo \"x'");
        assertThat(s.script.errors()).anySatisfy(e -> assertThat(e.message()).startsWith("in the script run by a shell"));
    }

    @Test
    void deepNestingIsBoundedAndReported() {
        String text = "echo " + "$(".repeat(10_000) + "x" + ")".repeat(10_000);
        ShellScript s = ShellScript.parse(LogicalText.verbatim(text, 0, text.length()));
        assertThat(s.hasErrors()).isTrue();
        assertThat(s.errors()).anySatisfy(e -> assertThat(e.message()).contains("nesting"));
        assertThat(s.commands()).isNotEmpty();
        assertThat(s.commands()).allSatisfy(c -> assertThat(c.range().end()).isLessThanOrEqualTo(text.length()));
    }

    @Test
    void deepSubshellsAndLongChainsAreBounded() {
        String nested = "( ".repeat(5_000) + "x" + " )".repeat(5_000);
        assertThat(ShellScript.parse(LogicalText.verbatim(nested, 0, nested.length())).hasErrors()).isTrue();
        String chain = "a" + " && a".repeat(20_000);
        ShellScript s = ShellScript.parse(LogicalText.verbatim(chain, 0, chain.length()));
        assertThat(s.commands()).hasSize(20_001);
        assertThat(s.hasErrors()).isFalse();
    }

    @Test
    void hugeInputIsNotParsed() {
        String text = "echo x;".repeat(200_000);
        ShellScript s = ShellScript.parse(LogicalText.verbatim(text, 0, text.length()));
        assertThat(s.commands()).isEmpty();
        assertThat(s.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("longer than"));
    }
}
