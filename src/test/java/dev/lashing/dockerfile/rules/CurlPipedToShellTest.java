package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Finding;
import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CurlPipedToShellTest {
    private final RuleTester tester = RuleTester.of(CurlPipedToShell.class);

    @Test
    void downloadsPipedIntoInterpretersAreFlagged() {
        Finding f = tester.check("""
                FROM debian:12
                # expect: SH001
                RUN curl -fsSL https://get.example.com | sh
                # expect: SH001
                RUN apt-get update && \\
                    wget -qO- https://example.com/setup.sh \\
                    | sudo bash -s -- --yes
                # expect: SH001
                RUN sh -c "$(curl -fsSL https://example.com/install.sh)"
                # expect: SH001
                RUN curl -s https://example.com/x.py | python3 -
                # expect: SH001
                RUN curl -sSL https://aka.ms/getvsdbgsh | bash /dev/stdin -v latest -l /vsdbg
                """).get(0);
        assertThat(f.location().text()).isEqualTo("curl -fsSL https://get.example.com | sh");
        assertThat(f.message()).contains("curl output runs straight into sh");
    }

    @Test
    void downloadsToFilesAndArchivesPass() {
        tester.check("""
                FROM debian:12
                RUN curl -fsSLo install.sh https://example.com/install.sh && sha256sum -c sums && sh install.sh
                RUN curl -fsSL https://example.com/app.tgz | tar xz -C /opt
                RUN wget -q https://example.com/x.sh && bash x.sh
                RUN curl -fsSL https://example.com/key.gpg | gpg --dearmor -o /usr/share/keyrings/x.gpg
                RUN ["sh", "-c", "echo curl | sh"]
                """);
    }

    @Test
    void insideHeredocsAndOnbuild() {
        tester.check("""
                FROM debian:12
                # expect: SH001
                RUN <<EOF
                set -e
                curl -fsSL https://example.com/i.sh | bash
                EOF
                # expect: SH001
                ONBUILD RUN curl https://example.com/i | sh
                """);
    }

    @Test
    void powershellStagesAreNotShell() {
        tester.check("""
                FROM mcr.microsoft.com/windows/servercore:ltsc2022
                SHELL ["powershell", "-Command"]
                RUN curl.exe https://example.com/i.ps1 | sh
                """);
    }
}
