package dev.lashing.dockerfile.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.TextRange;
import dev.lashing.dockerfile.syntax.Cmd;
import dev.lashing.dockerfile.syntax.CommandLine;
import dev.lashing.dockerfile.syntax.Dockerfile;
import dev.lashing.dockerfile.syntax.Entrypoint;
import dev.lashing.dockerfile.syntax.ExecForm;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.Run;
import dev.lashing.dockerfile.syntax.ShellForm;
import java.util.List;

/** Test helper: the shell model of the first RUN, CMD or ENTRYPOINT of a real Dockerfile, with source shortcuts. */
final class Sh {
    final Dockerfile df;
    final ShellScript script;

    private Sh(Dockerfile df, ShellScript script) {
        this.df = df;
        this.script = script;
    }

    /** {@code FROM a} then {@code RUN <command>}. */
    static Sh run(String command) {
        return dockerfile("FROM a\nRUN " + command + "\n");
    }

    /** The model of the first command instruction of {@code text}. */
    static Sh dockerfile(String text) {
        Dockerfile df = Dockerfile.parse("Dockerfile", text);
        for (Instruction i : df.instructions()) {
            CommandLine cl = commandLine(i);
            if (cl != null) {
                return new Sh(df, of(cl));
            }
        }
        throw new AssertionError("no command instruction in " + text);
    }

    /** The command line of RUN, CMD or ENTRYPOINT, or null. */
    static CommandLine commandLine(Instruction i) {
        if (i instanceof Run r) {
            return r.command();
        }
        if (i instanceof Cmd c) {
            return c.command();
        }
        if (i instanceof Entrypoint e) {
            return e.command();
        }
        return null;
    }

    /** The model of a command line. */
    static ShellScript of(CommandLine cl) {
        return cl instanceof ShellForm sf ? ShellScript.parse(sf.script()) : ShellScript.ofExec(((ExecForm) cl).args());
    }

    /** The source text at {@code range}. */
    String text(TextRange range) {
        return df.source().text().substring(range.start(), range.end());
    }

    /** "line:column" of the start of {@code range}. */
    String at(TextRange range) {
        return df.source().position(range.start()).toString();
    }

    /** The only command with simple name {@code name}. */
    Command cmd(String name) {
        List<Command> cs = script.commandsNamed(name);
        assertThat(cs).as("commands named %s in %s", name, script.commands()).hasSize(1);
        return cs.get(0);
    }

    /** The simple names of all commands, in order. */
    List<String> names() {
        return script.commands().stream().map(c -> c.simpleName().orElse(c.name().raw())).toList();
    }

    /** The texts of a command's arguments. */
    static List<String> texts(List<Word> words) {
        return words.stream().map(Word::text).toList();
    }
}
