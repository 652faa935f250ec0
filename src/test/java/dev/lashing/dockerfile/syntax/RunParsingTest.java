package dev.lashing.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunParsingTest {

    @Test
    void shellForm() {
        Parsed p = Parsed.parse("FROM a\nRUN apt-get update && apt-get install -y curl\n");
        Run r = p.get(1, Run.class);
        ShellForm s = (ShellForm) r.command();
        assertThat(s.text().text()).isEqualTo("apt-get update && apt-get install -y curl");
        assertThat(s.script()).isSameAs(s.text());
        assertThat(p.at(s.text().sourceRange()).column()).isEqualTo(5);
    }

    @Test
    void execForm() {
        Parsed p = Parsed.parse("FROM a\nRUN [\"/bin/sh\", \"-c\", \"echo \\\"hi\\\"\"]\n");
        ExecForm e = (ExecForm) p.get(1, Run.class).command();
        assertThat(e.args()).extracting(Token::text).containsExactly("/bin/sh", "-c", "echo \"hi\"");
        assertThat(p.text(e.args().get(1).range())).isEqualTo("\"-c\"");
    }

    @Test
    void malformedJsonIsShellFormAsBuildKitDoes() {
        Parsed p = Parsed.parse("FROM a\nRUN [\"echo\", 'hi']\n");
        assertThat(p.get(1, Run.class).command()).isInstanceOf(ShellForm.class);
        assertThat(p.errors()).isEmpty();
    }

    @Test
    void jsonWithNonStringsIsAnError() {
        Parsed p = Parsed.parse("FROM a\nRUN [\"echo\", 1]\n");
        assertThat(p.errors()).containsExactly("when using JSON array syntax, arrays must be comprised of strings only");
    }

    @Test
    void mountsNetworkAndSecurityFlags() {
        Parsed p = Parsed.parse("FROM a\nRUN --mount=type=cache,target=/var/cache/apt,sharing=locked "
                + "--mount=type=secret,id=npmrc,target=/root/.npmrc --network=none --security=insecure make\n");
        Run r = p.get(1, Run.class);
        assertThat(r.mounts()).hasSize(2);
        assertThat(r.mounts().get(0).type()).isEqualTo("cache");
        assertThat(r.mounts().get(0).target()).contains("/var/cache/apt");
        assertThat(r.mounts().get(0).option("sharing")).contains("locked");
        assertThat(r.mounts().get(1).type()).isEqualTo("secret");
        assertThat(r.mounts().get(1).id()).contains("npmrc");
        assertThat(r.syntax().flag("network").flatMap(Flag::value)).contains("none");
        assertThat(((ShellForm) r.command()).text().text()).isEqualTo("make");
        assertThat(p.errors()).isEmpty();
    }

    @Test
    void mountWithoutTypeIsBindAndQuotedCsvFieldsAreUnquoted() {
        Parsed p = Parsed.parse("FROM a\nRUN --mount=\"target=/src,source=.\",ro echo\n");
        Mount m = p.get(1, Run.class).mounts().get(0);
        assertThat(m.type()).isEqualTo("bind");
        assertThat(m.target()).contains("/src");
        assertThat(m.options()).containsKey("ro");
    }

    @Test
    void doubleDashEndsFlags() {
        Parsed p = Parsed.parse("FROM a\nRUN -- --not-a-flag\n");
        assertThat(((ShellForm) p.get(1, Run.class).command()).text().text()).isEqualTo("--not-a-flag");
        assertThat(p.errors()).isEmpty();
    }

    @Test
    void emptyRunIsAccepted() {
        Parsed p = Parsed.parse("FROM a\nRUN\n");
        assertThat(((ShellForm) p.get(1, Run.class).command()).text().text()).isEmpty();
        assertThat(p.errors()).isEmpty();
    }
}
