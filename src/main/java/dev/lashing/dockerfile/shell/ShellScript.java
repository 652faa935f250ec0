package dev.lashing.dockerfile.shell;

import dev.lashing.dockerfile.syntax.LogicalText;
import dev.lashing.dockerfile.syntax.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The shell model of one shell-form command (or exec-form argument list): every simple command,
 * pipeline and syntax error, with Dockerfile source ranges.
 */
public final class ShellScript {
    private final List<Command> commands;
    private final List<Pipeline> pipelines;
    private final List<ShellError> errors;

    private ShellScript(ScriptBuilder b) {
        List<Command> sorted = new ArrayList<>(b.commands);
        sorted.sort(Comparator.comparingInt(c -> c.range().start()));
        this.commands = List.copyOf(sorted);
        List<Pipeline> ps = new ArrayList<>(b.pipelines);
        ps.sort(Comparator.comparingInt(p -> p.range().start()));
        this.pipelines = List.copyOf(ps);
        this.errors = List.copyOf(b.errors);
    }

    /** Parses POSIX shell text whose characters carry Dockerfile offsets (a {@code ShellForm} script); never throws on bad input. */
    public static ShellScript parse(LogicalText script) {
        ScriptBuilder b = new ScriptBuilder();
        b.addScript(script, Context.TOP, null, null, 0);
        return new ShellScript(b);
    }

    /** The model of an exec-form command: one command whose arguments are static words, run without a shell. */
    public static ShellScript ofExec(List<Token> args) {
        ScriptBuilder b = new ScriptBuilder();
        if (!args.isEmpty()) {
            b.addExec(args.stream().map(t -> Word.literal(t.text(), t.text(), t.range())).toList());
        }
        return new ShellScript(b);
    }

    /** Every simple command in source order, including nested ones and those behind wrappers. */
    public List<Command> commands() {
        return commands;
    }

    /** The commands whose simple name is one of {@code names}, also those found behind wrappers. */
    public List<Command> commandsNamed(String... names) {
        List<Command> out = new ArrayList<>();
        for (Command c : commands) {
            if (c.isNamed(names)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The first command whose simple name is one of {@code names}. */
    public Optional<Command> firstNamed(String... names) {
        return commandsNamed(names).stream().findFirst();
    }

    /** The pipelines of two or more elements, in source order. */
    public List<Pipeline> pipelines() {
        return pipelines;
    }

    /** Syntax errors and analysis limits hit. */
    public List<ShellError> errors() {
        return errors;
    }

    /** True when the shell found syntax errors (or a limit stopped the analysis). */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
