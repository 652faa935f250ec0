package dev.lashing.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * Where reports go: {@code --format F [-o FILE]} pairs, repeatable, so one run writes several
 * reports ({@code --format sarif -o out.sarif --format text}). Without any, text goes to standard
 * output. A lone {@code -o FILE} takes its format from the extension.
 */
final class OutputOptions {

    /** Report formats. */
    enum Format { TEXT, JSON, SARIF }

    /** One requested report. */
    record Output(Format format, Optional<Path> file) {}

    static final class Pair {
        @Option(names = "--format", paramLabel = "FORMAT",
                description = "Report format: ${COMPLETION-CANDIDATES} (default: text). Repeatable, each with its own -o.")
        Format format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "Write the report of the preceding --format to FILE instead of standard output.")
        Path file;
    }

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<Pair> pairs = new ArrayList<>();

    @Option(names = "--no-color", description = "Never use colour (also when NO_COLOR is set).")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, description = "Print findings only: no summary, no notes.")
    boolean quiet;

    /** The requested outputs; an error message when two of them claim standard output. */
    List<Output> outputs() throws UsageException {
        List<Output> out = new ArrayList<>();
        int toStdout = 0;
        for (Pair p : pairs) {
            Format f = p.format != null ? p.format : formatOf(p.file);
            out.add(new Output(f, Optional.ofNullable(p.file)));
            if (p.file == null) {
                toStdout++;
            }
        }
        if (toStdout > 1) {
            throw new UsageException("only one report can go to standard output; give the others -o FILE");
        }
        if (out.isEmpty()) {
            out.add(new Output(Format.TEXT, Optional.empty()));
        }
        return out;
    }

    private static Format formatOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".sarif") || name.endsWith(".sarif.json")) {
            return Format.SARIF;
        }
        return name.endsWith(".json") ? Format.JSON : Format.TEXT;
    }

    /** True when colour may be used on standard output. */
    boolean color(Environment env, boolean configNoColor) {
        return colorAllowed(env, noColor || configNoColor);
    }

    /** True when colour may be used on standard output, unless switched off ({@code --no-color}, config). */
    static boolean colorAllowed(Environment env, boolean switchedOff) {
        if (switchedOff || env.env().containsKey("NO_COLOR") && !env.env().get("NO_COLOR").isEmpty()) {
            return false;
        }
        String force = env.env().getOrDefault("FORCE_COLOR", "");
        if (!force.isEmpty() && !force.equals("0")) {
            return true;
        }
        return env.stdoutIsTerminal() && !"dumb".equals(env.env().get("TERM"));
    }
}
