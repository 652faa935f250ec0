package dev.lashing.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OtherInstructionsParsingTest {

    @Test
    void copyFlagsAndSources() {
        Parsed p = Parsed.parse("FROM a\nCOPY --from=build --chown=app:app --chmod=755 --link --exclude=*.md a b /dst/\n");
        Copy c = p.get(1, Copy.class);
        assertThat(c.from().flatMap(Flag::value)).contains("build");
        assertThat(c.syntax().flag("link").orElseThrow().value()).isEmpty();
        assertThat(c.sources()).extracting(Token::text).containsExactly("a", "b");
        assertThat(c.destination().text()).isEqualTo("/dst/");
        assertThat(c.json()).isFalse();
        assertThat(p.errors()).isEmpty();
    }

    @Test
    void copyJsonForm() {
        Parsed p = Parsed.parse("FROM a\nCOPY [\"a b\", \"/d\"]\n");
        Copy c = p.get(1, Copy.class);
        assertThat(c.json()).isTrue();
        assertThat(c.sources()).extracting(Token::text).containsExactly("a b");
    }

    @Test
    void copyNeedsTwoArguments() {
        Parsed p = Parsed.parse("FROM a\nCOPY onlyone\n");
        assertThat(p.errors()).singleElement().asString().startsWith("COPY requires at least two arguments");
    }

    @Test
    void addChecksumAndKeepGitDir() {
        Parsed p = Parsed.parse("FROM a\nADD --checksum=sha256:abc --keep-git-dir=true https://x/y.tgz /opt/\n");
        Add a = p.get(1, Add.class);
        assertThat(a.syntax().flag("checksum").flatMap(Flag::value)).contains("sha256:abc");
        assertThat(p.errors()).isEmpty();
    }

    @Test
    void boolFlagWithBadValue() {
        Parsed p = Parsed.parse("FROM a\nCOPY --link=maybe a b\n");
        assertThat(p.errors()).containsExactly("expecting boolean value for flag link, not: maybe");
    }

    @Test
    void stringFlagWithoutValue() {
        Parsed p = Parsed.parse("FROM a\nCOPY --from a b\n");
        assertThat(p.errors()).containsExactly("missing a value on flag: from");
    }

    @Test
    void cmdAndEntrypointForms() {
        Parsed p = Parsed.parse("FROM a\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\nENTRYPOINT exec gunicorn app\n");
        assertThat(p.get(1, Cmd.class).command()).isInstanceOf(ExecForm.class);
        assertThat(p.get(2, Entrypoint.class).command()).isInstanceOf(ShellForm.class);
    }

    @Test
    void shellMustBeJson() {
        Parsed p = Parsed.parse("FROM a\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nSHELL /bin/sh -c\n");
        assertThat(p.get(1, Shell.class).argv()).extracting(Token::text)
                .containsExactly("/bin/bash", "-o", "pipefail", "-c");
        assertThat(p.errors()).singleElement().asString().startsWith("SHELL requires the arguments to be in JSON form");
    }

    @Test
    void healthcheckCmdNoneAndOptions() {
        Parsed p = Parsed.parse("FROM a\nHEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD curl -f http://localhost/ || exit 1\n"
                + "HEALTHCHECK NONE\n");
        Healthcheck h = p.get(1, Healthcheck.class);
        assertThat(h.isNone()).isFalse();
        assertThat(((ShellForm) h.command().orElseThrow()).text().text()).isEqualTo("curl -f http://localhost/ || exit 1");
        assertThat(p.get(2, Healthcheck.class).isNone()).isTrue();
        assertThat(p.errors()).isEmpty();
    }

    @Test
    void healthcheckErrors() {
        Parsed p = Parsed.parse("FROM a\nHEALTHCHECK\nHEALTHCHECK CMD\nHEALTHCHECK PING x\nHEALTHCHECK NONE x\n"
                + "HEALTHCHECK --interval=1us CMD true\nHEALTHCHECK --retries=0 CMD true\nHEALTHCHECK --interval=bad CMD true\n"
                + "HEALTHCHECK --interval=0s CMD true\n");
        assertThat(p.errors()).containsExactly(
                "HEALTHCHECK requires at least one argument",
                "Missing command after HEALTHCHECK CMD",
                "Unknown type \"PING\" in HEALTHCHECK (try CMD)",
                "HEALTHCHECK NONE takes no arguments",
                "Interval \"interval\" cannot be less than 1ms",
                "--retries must be at least 1 (not 0)",
                "time: invalid duration \"bad\" for --interval");
    }

    @Test
    void exposeVolumeUserWorkdirStopsignalMaintainer() {
        Parsed p = Parsed.parse("FROM a\nEXPOSE 80/tcp 8000-8010/udp\nVOLUME [\"/data\", \"/logs\"]\nVOLUME /a /b\n"
                + "USER app:staff\nWORKDIR /srv/my app\nSTOPSIGNAL SIGTERM\nMAINTAINER Jane <j@x>\n");
        assertThat(p.get(1, Expose.class).ports()).extracting(Token::text).containsExactly("80/tcp", "8000-8010/udp");
        assertThat(p.get(2, Volume.class).json()).isTrue();
        assertThat(p.get(3, Volume.class).paths()).extracting(Token::text).containsExactly("/a", "/b");
        assertThat(p.get(4, User.class).user().text()).isEqualTo("app:staff");
        assertThat(p.get(5, Workdir.class).path().text()).isEqualTo("/srv/my app");
        assertThat(p.get(6, StopSignal.class).signal().text()).isEqualTo("SIGTERM");
        assertThat(p.get(7, Maintainer.class).maintainer().text()).isEqualTo("Jane <j@x>");
        assertThat(p.errors()).isEmpty();
    }

    @Test
    void argumentCountErrors() {
        Parsed p = Parsed.parse("FROM a\nUSER\nEXPOSE\nVOLUME [\"\"]\n");
        assertThat(p.errors()).containsExactly("USER requires exactly one argument", "EXPOSE requires at least one argument",
                "VOLUME specified can not be an empty string");
    }

    @Test
    void onbuildTriggersAndForbiddenOnes() {
        Parsed p = Parsed.parse("FROM a\nONBUILD COPY --chown=1 . /app\nONBUILD ONBUILD RUN x\nONBUILD FROM b\n");
        Copy trigger = (Copy) p.get(1, Onbuild.class).trigger();
        assertThat(trigger.syntax().flag("chown").flatMap(Flag::value)).contains("1");
        assertThat(p.errors()).containsExactly("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed",
                "FROM isn't allowed as an ONBUILD trigger");
    }

    @Test
    void flagsOnInstructionsThatTakeNone() {
        Parsed p = Parsed.parse("FROM a\nENV --x=1 A=b\n");
        assertThat(p.errors()).singleElement().asString().startsWith("unknown flag: x (ENV takes no flags)");
    }
}
