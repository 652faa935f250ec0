package dev.lashing.dockerfile.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DownloadPipeTest {

    private static List<DownloadPipe> pipes(String run) {
        return ShellQueries.downloadPipedToInterpreter(Sh.run(run).script);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "curl -fsSL https://x/install.sh | sh",
        "curl https://x | bash -s -- --yes",
        "apt-get update && curl -sL https://x | sudo -E bash - && apt-get install -y nodejs",
        "wget -O - https://x | sh",
        "wget -qO- https://x | sudo sh",
        "wget --output-document=- https://x | dash",
        "fetch -o - https://x | sh",
        "curl https://x | env FOO=1 zsh",
        "curl https://x | tee /tmp/log | sh",
        "curl -s https://x | python3",
        "curl -s https://x | python3 -",
        "curl -s https://x | perl",
        "curl -s https://x | node",
        "curl -s https://x | php",
        "curl -s https://x | ruby",
        "sh -c \"$(curl -fsSL https://x)\"",
        "bash -c \"$(wget -qO- https://x)\"",
        "bash <(curl -s https://x)",
        ". <(curl -s https://x)",
        "source <(curl -s https://x)",
        "eval \"$(curl -s https://x)\"",
        "/usr/bin/curl -s https://x | /bin/sh",
        "sh -c 'curl -s https://x | sh'",
    })
    void flagged(String run) {
        List<DownloadPipe> found = pipes(run);
        assertThat(found).hasSize(1);
        DownloadPipe p = found.get(0);
        assertThat(p.downloader().simpleName()).hasValueSatisfying(n -> assertThat(n).isIn("curl", "wget", "fetch"));
        assertThat(p.range().contains(p.downloader().range())).isTrue();
        assertThat(p.range().contains(p.interpreter().range())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "curl -o x https://x && sh x",
        "curl -fsSL https://x | tar xz",
        "curl -fsSLO https://x | sh",
        "curl --output /tmp/x https://x | sh",
        "wget https://x | sh",
        "curl https://x | sh -c 'cat > /x'",
        "curl https://x | python3 script.py",
        "echo \"$(curl -s https://x)\"",
        "sh script.sh \"$(curl -s https://x)\"",
        "sh < /tmp/x; curl https://x",
        "cat install.sh | sh",
        "diff <(curl -s https://x) y",
    })
    void notFlagged(String run) {
        assertThat(pipes(run)).isEmpty();
    }

    @Test
    void interpreterAndDownloaderAreReported() {
        Sh s = Sh.run("apt-get update && curl -sL https://x | sudo -E bash -");
        DownloadPipe p = ShellQueries.downloadPipedToInterpreter(s.script).get(0);
        assertThat(p.interpreter().simpleName()).contains("bash");
        assertThat(p.interpreter().wrapper().orElseThrow().simpleName()).contains("sudo");
        assertThat(s.text(p.range())).isEqualTo("curl -sL https://x | sudo -E bash -");
    }
}
