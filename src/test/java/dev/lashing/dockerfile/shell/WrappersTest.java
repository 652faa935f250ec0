package dev.lashing.dockerfile.shell;

import static dev.lashing.dockerfile.shell.Sh.texts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WrappersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sudo|sudo -E -u app -- apt-get install -y x",
        "sudo|sudo -u app apt-get install -y x",
        "sudo|sudo apt-get install -y x",
        "env|env -i -u HOME FOO=bar apt-get install -y x",
        "xargs|xargs -I {} -n 1 -P 4 apt-get install -y x",
        "nice|nice -n 10 apt-get install -y x",
        "nohup|nohup apt-get install -y x",
        "time|time apt-get install -y x",
        "timeout|timeout -s KILL 10m apt-get install -y x",
        "exec|exec apt-get install -y x",
        "command|command apt-get install -y x",
        "builtin|builtin apt-get install -y x",
        "gosu|gosu app apt-get install -y x",
        "su-exec|su-exec app:app apt-get install -y x",
        "chroot|chroot /mnt apt-get install -y x",
        "tini|tini -- apt-get install -y x",
        "tini|tini apt-get install -y x",
        "dumb-init|dumb-init -- apt-get install -y x",
        "stdbuf|stdbuf -oL apt-get install -y x",
        "ionice|ionice -c 3 apt-get install -y x",
        "setpriv|setpriv --reuid 1000 --regid 1000 --clear-groups apt-get install -y x",
        "busybox|busybox apt-get install -y x",
    })
    void innerCommandIsFoundBehindTheWrapper(String wrapper, String script) {
        Sh s = Sh.run(script);
        Command inner = s.cmd("apt-get");
        assertThat(texts(inner.args())).containsExactly("install", "-y", "x");
        assertThat(inner.wrapper()).isPresent();
        assertThat(inner.wrapper().orElseThrow().simpleName()).contains(wrapper);
        assertThat(s.text(inner.range())).isEqualTo("apt-get install -y x");
        assertThat(s.script.commands()).extracting(c -> c.simpleName().orElseThrow()).containsExactly(wrapper, "apt-get");
        assertThat(inner.hasFlag("-y")).isTrue();
    }

    @Test
    void wrappersNest() {
        Sh s = Sh.run("sudo -E env DEBIAN_FRONTEND=noninteractive nice -n 5 apt-get install x | cat");
        Command inner = s.cmd("apt-get");
        assertThat(inner.wrapper().orElseThrow().simpleName()).contains("nice");
        assertThat(s.cmd("nice").wrapper().orElseThrow().simpleName()).contains("env");
        assertThat(s.cmd("nice").assignments()).extracting(Word::text).containsExactly("DEBIAN_FRONTEND=noninteractive");
        assertThat(inner.pipeline()).isPresent();
        assertThat(inner.pipelinePosition()).isZero();
        assertThat(s.script.commandsNamed("apt-get", "cat")).hasSize(2);
    }

    @Test
    void commandLookupIsNotAWrapper() {
        Sh s = Sh.run("command -v curl && sudo -l && timeout 5 && xargs");
        assertThat(s.names()).containsExactly("command", "sudo", "timeout", "xargs");
    }

    @Test
    void innerCommandsShareContextAndConnector() {
        Sh s = Sh.run("true && (sudo rm -rf /x)");
        Command rm = s.cmd("rm");
        assertThat(rm.context()).isEqualTo(Context.SUBSHELL);
        assertThat(rm.wrapper().orElseThrow().before()).isEmpty();
        assertThat(s.cmd("sudo").before()).isEqualTo(rm.before());
    }
}
