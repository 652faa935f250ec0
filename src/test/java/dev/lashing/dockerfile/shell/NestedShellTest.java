package dev.lashing.dockerfile.shell;

import static dev.lashing.dockerfile.shell.Sh.texts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NestedShellTest {

    @Test
    void singleQuotedShCScriptMapsExactly() {
        Sh s = Sh.run("sh -c 'apt-get update && curl \"x y\" -o /z'");
        assertThat(s.names()).containsExactly("sh", "apt-get", "curl");
        Command curl = s.cmd("curl");
        assertThat(curl.context()).isEqualTo(Context.SHELL_C);
        assertThat(curl.enclosing()).contains(s.cmd("sh"));
        assertThat(curl.before()).contains(Connector.AND);
        assertThat(s.text(curl.range())).isEqualTo("curl \"x y\" -o /z");
        assertThat(s.text(curl.args().get(0).range())).isEqualTo("\"x y\"");
        assertThat(curl.args().get(0).text()).isEqualTo("x y");
        assertThat(s.at(curl.range())).isEqualTo("2:30");
    }

    @Test
    void doubleQuotedScriptAccountsForEscapes() {
        Sh s = Sh.run("bash -xec \"echo \\\"hi\\\" && rm -rf /tmp/x\" arg0");
        Command rm = s.cmd("rm");
        assertThat(rm.context()).isEqualTo(Context.SHELL_C);
        assertThat(s.text(rm.range())).isEqualTo("rm -rf /tmp/x");
        assertThat(texts(s.cmd("echo").args())).containsExactly("hi");
        assertThat(s.text(s.cmd("echo").args().get(0).range())).isEqualTo("\"hi\\\"");
    }

    @Test
    void shellOptionsBeforeDashC() {
        assertThat(Sh.run("bash -o pipefail -lc 'make all'").names()).containsExactly("bash", "make");
        assertThat(Sh.run("sh -e -c 'make all'").names()).containsExactly("sh", "make");
    }

    @Test
    void shellsNestAndWrappersCombine() {
        Sh s = Sh.run("sudo -u app sh -c \"bash -c 'rm -rf /x'\"");
        assertThat(s.names()).containsExactly("sudo", "sh", "bash", "rm");
        Command rm = s.cmd("rm");
        assertThat(rm.enclosing()).contains(s.cmd("bash"));
        assertThat(s.cmd("bash").enclosing()).contains(s.cmd("sh"));
        assertThat(s.text(rm.range())).isEqualTo("rm -rf /x");
    }

    @Test
    void dynamicScriptIsNotFollowed() {
        Sh s = Sh.run("sh -c \"$CMD\" && sh -c \"echo $(id)\"");
        assertThat(s.names()).containsExactly("sh", "sh", "id");
        assertThat(s.cmd("id").context()).isEqualTo(Context.COMMAND_SUBSTITUTION);
    }

    @Test
    void heredocFedToAShellIsParsed() {
        Sh s = Sh.dockerfile("FROM a\nRUN sh <<EOF\napt-get update\ncurl -fsSL x | bash\nEOF\n");
        assertThat(s.names()).containsExactly("sh", "apt-get", "curl", "bash");
        Command curl = s.cmd("curl");
        assertThat(curl.context()).isEqualTo(Context.SHELL_C);
        assertThat(curl.enclosing()).contains(s.cmd("sh"));
        assertThat(s.at(curl.range())).isEqualTo("4:1");
        assertThat(s.text(curl.range())).isEqualTo("curl -fsSL x");
        assertThat(curl.pipeline()).isPresent();
    }

    @Test
    void quotedHeredocToBashDashS() {
        Sh s = Sh.dockerfile("FROM a\nRUN bash -s -- x <<'EOF'\nset -e\nmake $TARGET\nEOF\n");
        assertThat(s.names()).containsExactly("bash", "set", "make");
        assertThat(s.cmd("make").args().get(0).isStatic()).isFalse();
    }

    @Test
    void heredocToOtherCommandsIsData() {
        Sh s = Sh.dockerfile("FROM a\nRUN cat <<EOF > /x\nrm -rf / $(date)\nEOF\n");
        assertThat(s.names()).containsExactly("cat", "date");
        assertThat(s.cmd("date").enclosing()).contains(s.cmd("cat"));
    }

    @Test
    void execFormShCIsParsedWithExactRanges() {
        Sh s = Sh.dockerfile("FROM a\nENTRYPOINT [\"sh\", \"-c\", \"exec gosu app node server.js\"]\n");
        assertThat(s.names()).containsExactly("sh", "exec", "gosu", "node");
        Command node = s.cmd("node");
        assertThat(node.context()).isEqualTo(Context.SHELL_C);
        assertThat(s.text(node.range())).isEqualTo("node server.js");
    }

    @Test
    void execFormWithJsonEscapesUsesTheWholeString() {
        Sh s = Sh.dockerfile("FROM a\nCMD [\"sh\", \"-c\", \"echo \\\"a\\\" && node x\"]\n");
        Command node = s.cmd("node");
        assertThat(s.text(node.range())).isEqualTo("\"echo \\\"a\\\" && node x\"");
        assertThat(s.cmd("echo").args().get(0).text()).isEqualTo("a");
    }

    @Test
    void shellsNestedTooDeeplyStopWithAnError() {
        String text = "sh <<E1\nsh <<E2\nsh <<E3\nsh <<E4\nsh <<E5\necho deep\nE5\nE4\nE3\nE2\nE1\n";
        ShellScript s = ShellScript.parse(dev.lashing.dockerfile.syntax.LogicalText.verbatim(text, 0, text.length()));
        assertThat(s.commandsNamed("sh")).hasSize(5);
        assertThat(s.commandsNamed("echo")).isEmpty();
        assertThat(s.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("nested deeper"));
        assertThat(s.commandsNamed("sh").get(4).context()).isEqualTo(Context.SHELL_C);
    }

    @Test
    void heredocWithForeignShebangIsNotShell() {
        Sh py = Sh.dockerfile("FROM a\nRUN <<EOF\n#!/usr/bin/env python3\nimport os; print(os.name)\nEOF\n");
        assertThat(py.script.commands()).isEmpty();
        assertThat(py.script.hasErrors()).isFalse();
        Sh sh = Sh.dockerfile("FROM a\nRUN <<EOF\n#!/bin/bash\nset -e\nmake\nEOF\n");
        assertThat(sh.names()).containsExactly("set", "make");
    }

    @Test
    void parsersArePerThreadAndGiveTheSameResult() throws Exception {
        String run = "apt-get update && curl -fsSL x | sudo bash -s && sh -c 'rm -rf /tmp/*'";
        java.util.List<String> expected = Sh.run(run).names();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<java.util.List<String>>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> Sh.run(run).names()));
            }
            for (var f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
