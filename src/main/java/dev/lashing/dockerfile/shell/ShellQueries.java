package dev.lashing.dockerfile.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Named questions about shell scripts that rules ask. */
public final class ShellQueries {
    private static final Set<String> SHELLS = ScriptBuilder.SHELLS;
    private static final Set<String> LANGUAGES = Set.of("perl", "ruby", "node", "nodejs", "php");
    private static final Pattern PYTHON = Pattern.compile("python[0-9.]*");

    private ShellQueries() {}

    /**
     * Downloads (curl, wget or fetch writing to standard output) executed by an interpreter without
     * being stored: piped into it ({@code curl … | sh}, also behind sudo or env), given as its
     * {@code -c} script ({@code sh -c "$(curl …)"}) or as a process substitution
     * ({@code bash <(curl …)}, {@code . <(curl …)}).
     */
    public static List<DownloadPipe> downloadPipedToInterpreter(ShellScript s) {
        List<DownloadPipe> out = new ArrayList<>();
        for (Command d : s.commands()) {
            if (!downloadsToStdout(d)) {
                continue;
            }
            if (d.pipeline().isPresent()) {
                for (Command c : s.commands()) {
                    if (c.pipeline().isPresent() && c.pipeline().get() == d.pipeline().get()
                            && c.pipelinePosition() > d.pipelinePosition() && interpretsStdin(c)) {
                        out.add(new DownloadPipe(d, c, d.range().union(c.range())));
                        break;
                    }
                }
            }
            Optional<Command> host = d.enclosing();
            if (host.isPresent() && executesSubstitution(host.get(), d.context())) {
                out.add(new DownloadPipe(d, host.get(), d.range().union(host.get().range())));
            }
        }
        return out;
    }

    /** True when {@code c} is curl, wget or fetch writing what it downloads to standard output. */
    public static boolean downloadsToStdout(Command c) {
        if (c.isNamed("curl")) {
            Optional<Word> out = c.flagValue("-o", "--output");
            return out.map(w -> isStdout(w.text())).orElse(true)
                    && !c.hasFlag("-O", "--remote-name", "--remote-name-all");
        }
        if (c.isNamed("wget")) {
            return c.flagValue("-O", "--output-document").map(w -> isStdout(w.text())).orElse(false);
        }
        if (c.isNamed("fetch")) {
            return c.flagValue("-o", "--output").map(w -> isStdout(w.text())).orElse(false);
        }
        return false;
    }

    /** True when {@code c} is a shell or script interpreter reading its program from standard input. */
    public static boolean interpretsStdin(Command c) {
        Optional<String> name = c.simpleName();
        if (name.isEmpty()) {
            return false;
        }
        if (SHELLS.contains(name.get())) {
            ShellCommand sc = ShellCommand.of(c);
            return sc != null && sc.readsStdin();
        }
        if (isLanguage(name.get())) {
            if (c.hasFlag("-c", "-e", "-r", "-E", "--eval")) {
                return false;
            }
            List<Word> pos = c.positionalArgs(Set.of("-m", "-W", "-X", "-I"));
            return pos.isEmpty() || pos.get(0).text().equals("-");
        }
        return false;
    }

    private static boolean executesSubstitution(Command host, Context context) {
        Optional<String> name = host.simpleName();
        if (name.isEmpty()) {
            return false;
        }
        String n = name.get();
        if (context == Context.PROCESS_SUBSTITUTION) {
            return SHELLS.contains(n) || isLanguage(n) || n.equals(".") || n.equals("source");
        }
        if (context == Context.COMMAND_SUBSTITUTION) {
            if (n.equals("eval")) {
                return true;
            }
            if (SHELLS.contains(n)) {
                ShellCommand sc = ShellCommand.of(host);
                return sc != null && sc.script() != null;
            }
            return isLanguage(n) && host.hasFlag("-c", "-e", "-r", "--eval");
        }
        return false;
    }

    private static boolean isLanguage(String name) {
        return LANGUAGES.contains(name) || PYTHON.matcher(name).matches();
    }

    private static boolean isStdout(String path) {
        return path.equals("-") || path.equals("/dev/stdout");
    }

}
