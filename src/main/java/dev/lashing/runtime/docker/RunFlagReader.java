package dev.lashing.runtime.docker;

import dev.lashing.core.InputError;
import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads flags the way the Docker and Podman CLIs do (spf13/pflag, flags before the first positional
 * argument): {@code --flag=value}, {@code --flag value}, {@code -f value}, {@code -fvalue}, {@code -f=value},
 * combined switches {@code -itd} (the last letter may take a value), {@code --switch=false}, and {@code --}
 * ending the flags. Unknown flags are reported, never dropped silently.
 */
public final class RunFlagReader {

    /** What to do with one flag read. */
    @FunctionalInterface
    interface Sink {
        void accept(RunFlag flag, String value, int expansionAt, TextRange range);
    }

    private final List<CommandArg> args;
    private final SourceFile file;
    private final List<InputError> errors;
    private final Function<String, Optional<RunFlag>> byName;
    private final Sink sink;
    private final String what;

    private RunFlagReader(List<CommandArg> args, SourceFile file, List<InputError> errors,
            Function<String, Optional<RunFlag>> byName, Sink sink, String what) {
        this.args = args;
        this.file = file;
        this.errors = errors;
        this.byName = byName;
        this.sink = sink;
        this.what = what;
    }

    /**
     * Reads the run flags of {@code args} from index {@code from} into {@code writer}; returns the index of the
     * first positional argument (the image), or {@code args.size()} when there is none.
     */
    public static int read(List<CommandArg> args, int from, SourceFile file, RunSpecWriter writer,
            List<InputError> errors) {
        RunDialect dialect = writer.dialect();
        Sink sink = (flag, value, expansionAt, range) -> writer.apply(flag.name(), value, expansionAt,
                file.location(range), file.text().substring(range.start(), range.end()));
        return new RunFlagReader(args, file, errors, n -> n.length() == 1 ? RunFlags.byShortName(dialect, n.charAt(0))
                : RunFlags.byName(dialect, n), sink, "flag").readAll(from);
    }

    /** Reads the global flags of {@code docker} or {@code podman} (before the subcommand); returns the next index. */
    public static int readGlobal(List<CommandArg> args, int from, SourceFile file, RunDialect dialect,
            List<InputError> errors) {
        return new RunFlagReader(args, file, errors, n -> RunFlags.global(dialect, n), (f, v, e, r) -> { },
                "global flag").readAll(from);
    }

    private int readAll(int from) {
        int i = from;
        while (i < args.size()) {
            CommandArg a = args.get(i);
            String v = a.value();
            if (v.equals("--")) {
                return i + 1;
            }
            if (!v.startsWith("-") || v.equals("-")) {
                return i;
            }
            i = v.startsWith("--") ? readLong(i) : readShort(i);
        }
        return i;
    }

    private void error(TextRange range, String message) {
        errors.add(InputError.at(file.location(range), message));
    }

    /** Reads {@code --name[=value]} at {@code i}; returns the next index. */
    private int readLong(int i) {
        CommandArg a = args.get(i);
        String v = a.value();
        int eq = v.indexOf('=');
        String name = eq < 0 ? v.substring(2) : v.substring(2, eq);
        int nameEnd = eq < 0 ? v.length() : eq;
        if (a.expansionAt() >= 0 && a.expansionAt() < nameEnd) {
            error(a.range(), "the " + what + " " + v + " depends on a shell expansion; it is not read");
            return i + 1;
        }
        Optional<RunFlag> flag = name.length() > 1 ? byName.apply(name) : Optional.empty();
        if (flag.isEmpty()) {
            error(a.range(), "unknown " + what + " --" + name + "; its value, if any, may have been taken for the"
                    + (what.equals("flag") ? " image" : " command"));
            return i + 1;
        }
        int valueExpansion = a.expansionAt() < 0 ? -1 : a.expansionAt() - (eq + 1);
        if (eq >= 0) {
            sink.accept(flag.get(), v.substring(eq + 1), valueExpansion, a.range());
            return i + 1;
        }
        if (flag.get().isSwitch()) {
            sink.accept(flag.get(), "true", -1, a.range());
            return i + 1;
        }
        return takeNext(flag.get(), "--" + name, i);
    }

    /** Reads the value of {@code flag} from the argument after {@code i}; returns the next index. */
    private int takeNext(RunFlag flag, String written, int i) {
        CommandArg a = args.get(i);
        if (i + 1 >= args.size()) {
            error(a.range(), "the " + what + " " + written + " needs a value");
            return i + 1;
        }
        CommandArg value = args.get(i + 1);
        sink.accept(flag, value.value(), value.expansionAt(), a.range().union(value.range()));
        return i + 2;
    }

    /** Reads a cluster of short flags ({@code -itd}, {@code -p80:80}, {@code -e=X}) at {@code i}; returns the next index. */
    private int readShort(int i) {
        CommandArg a = args.get(i);
        String v = a.value();
        for (int j = 1; j < v.length(); j++) {
            if (a.expansionAt() >= 0 && a.expansionAt() <= j) {
                error(a.range(), "the " + what + " " + v + " depends on a shell expansion; it is not read");
                return i + 1;
            }
            char c = v.charAt(j);
            Optional<RunFlag> flag = byName.apply(String.valueOf(c));
            if (flag.isEmpty()) {
                error(a.range(), "unknown shorthand " + what + " -" + c + " in " + v
                        + "; its value, if any, may have been taken for the" + (what.equals("flag") ? " image" : " command"));
                return i + 1;
            }
            boolean inlineEquals = j + 1 < v.length() && v.charAt(j + 1) == '=';
            if (inlineEquals) {
                int expansion = a.expansionAt() < 0 ? -1 : a.expansionAt() - (j + 2);
                sink.accept(flag.get(), v.substring(j + 2), expansion, a.range());
                return i + 1;
            }
            if (flag.get().isSwitch()) {
                sink.accept(flag.get(), "true", -1, a.range());
                continue;
            }
            if (j + 1 < v.length()) {
                int expansion = a.expansionAt() < 0 ? -1 : a.expansionAt() - (j + 1);
                sink.accept(flag.get(), v.substring(j + 1), expansion, a.range());
                return i + 1;
            }
            return takeNext(flag.get(), "-" + c, i);
        }
        return i + 1;
    }
}
