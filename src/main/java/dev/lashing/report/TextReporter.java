package dev.lashing.report;

import dev.lashing.core.Finding;
import dev.lashing.core.ImageSummary;
import dev.lashing.core.InstructionRef;
import dev.lashing.core.Provenance;
import dev.lashing.core.InputError;
import dev.lashing.core.Location;
import dev.lashing.core.Position;
import dev.lashing.core.Severity;
import dev.lashing.core.SourceFile;
import dev.lashing.core.fix.Applicability;
import dev.lashing.core.fix.Fix;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Human-readable report in the style of ruff and rustc: each finding with its source line and an
 * underline, grouped by file, then input errors, then a one-line summary. Untrusted text (source
 * lines, messages, paths) is escaped so it can never drive the terminal.
 */
public final class TextReporter implements Reporter {

    /** Source lines wider than this many columns are clipped around the underlined range. */
    static final int MAX_LINE_WIDTH = 100;

    private static final int CONTEXT_BEFORE = 30;
    private static final String ELLIPSIS = "...";

    private final Style style;
    private final boolean quiet;
    private final String fixCommand;

    /** A reporter that uses ANSI colour when {@code color} is true; it never probes the terminal. */
    public TextReporter(boolean color) {
        this(color, false);
    }

    /** As {@link #TextReporter(boolean)}; when {@code quiet}, the summary lines are left out. */
    public TextReporter(boolean color, boolean quiet) {
        this(color, quiet, "--fix");
    }

    /**
     * As {@link #TextReporter(boolean, boolean)}, naming fixes as applied by {@code fixCommand}: {@code --fix} for
     * the command that ran, {@code lashing lint --fix} for one that has no such option.
     */
    public TextReporter(boolean color, boolean quiet, String fixCommand) {
        this.style = new Style(color);
        this.quiet = quiet;
        this.fixCommand = fixCommand;
    }

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (ImageSummary image : report.images()) {
            appendImage(sb, image);
        }
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            byFile.computeIfAbsent(f.location().file().path(), k -> new ArrayList<>()).add(f);
        }
        for (List<Finding> findings : byFile.values()) {
            List<Finding> sorted = new ArrayList<>(findings);
            sorted.sort(Comparator.comparing((Finding f) -> f.location().range())
                    .thenComparing(f -> f.rule().id()));
            for (Finding f : sorted) {
                appendFinding(sb, f);
            }
        }
        for (InputError e : report.errors()) {
            appendError(sb, e);
        }
        if (!quiet) {
            appendSummary(sb, report);
        }
        out.write(sb.toString());
        out.flush();
    }

    private void appendFinding(StringBuilder sb, Finding f) {
        Location loc = f.location();
        String sev = f.severity().label();
        sb.append(style.apply(Style.BOLD, TerminalText.sanitize(loc.file().path()) + ":" + loc.start()))
                .append(": ")
                .append(style.apply(Style.BOLD + ";" + Style.of(f.severity()), f.rule().id()))
                .append(' ')
                .append(TerminalText.sanitize(f.rule().name()))
                .append(' ')
                .append(style.apply(Style.of(f.severity()), "[" + sev + "]"))
                .append(' ')
                .append(TerminalText.sanitize(f.message()))
                .append('\n');
        f.provenance().ifPresent(p -> appendProvenance(sb, loc, p));
        if (!loc.file().text().isEmpty()) {
            appendSnippet(sb, loc, Style.of(f.severity()));
        }
        f.fix().ifPresent(fix -> appendHelp(sb, loc, fix));
        sb.append('\n');
    }

    /** Where in the image: the layer, the step that made it, whether it is the base image's, and its instruction. */
    private void appendProvenance(StringBuilder sb, Location loc, Provenance p) {
        List<String> parts = new ArrayList<>();
        if (p.layer() >= 0) {
            parts.add("layer " + (p.layer() + 1) + " (" + shortDigest(p.layerDigest()) + ")");
        }
        switch (p.origin()) {
            case BASE -> parts.add("in the base image: fix it there or choose another base");
            case OWN -> parts.add(p.layer() >= 0 ? "built by this image" : "set by this image");
            case UNKNOWN -> parts.add("base image or own layer: cannot tell");
        }
        if (p.historyDerived()) {
            parts.add("found in the Dockerfile rebuilt from the image history");
        }
        String gutter = " ".repeat(loc.file().text().isEmpty() ? 1 : gutterWidth(loc));
        sb.append(gutter).append(' ').append(style.apply(Style.BOLD + ";" + Style.BLUE, "="))
                .append(' ').append(TerminalText.sanitize(String.join("; ", parts))).append('\n');
        if (!p.step().isEmpty()) {
            String step = p.step().replace('\n', ' ');
            if (step.length() > 120) {
                step = step.substring(0, 117) + ELLIPSIS;
            }
            sb.append(gutter).append(' ').append(style.apply(Style.BOLD + ";" + Style.BLUE, "="))
                    .append(" step: ").append(TerminalText.sanitize(step)).append('\n');
        }
        if (p.instruction().isPresent()) {
            InstructionRef i = p.instruction().get();
            String text = i.text().length() > 100 ? i.text().substring(0, 97) + ELLIPSIS : i.text();
            sb.append(gutter).append(' ').append(style.apply(Style.BOLD + ";" + Style.BLUE, "="))
                    .append(" instruction: ").append(TerminalText.sanitize(i.file() + ":" + i.line() + ": " + text))
                    .append('\n');
        }
    }

    private static String shortDigest(String digest) {
        int colon = digest.indexOf(':');
        return colon >= 0 && digest.length() > colon + 13 ? digest.substring(0, colon + 13) : digest;
    }

    /** The image summary printed before the findings. */
    private void appendImage(StringBuilder sb, ImageSummary i) {
        sb.append(style.apply(Style.BOLD, "image " + TerminalText.sanitize(i.name()))).append(" (")
                .append(TerminalText.sanitize(i.layout())).append(")\n");
        if (!i.references().isEmpty()) {
            sb.append("  tags      ").append(TerminalText.sanitize(String.join(", ", i.references()))).append('\n');
        }
        i.manifestDigest().ifPresent(d -> sb.append("  manifest  ").append(d).append('\n'));
        sb.append("  config    ").append(i.configDigest()).append('\n');
        sb.append("  platform  ").append(TerminalText.sanitize(i.platform()));
        if (!i.os().isEmpty()) {
            sb.append(", ").append(TerminalText.sanitize(i.os()));
        }
        sb.append('\n');
        sb.append("  created   ").append(i.created().isEmpty() ? "unknown" : TerminalText.sanitize(i.created()))
                .append('\n');
        sb.append("  user      ").append(i.user().isEmpty() ? "(not set: root)" : TerminalText.sanitize(i.user()))
                .append('\n');
        sb.append("  layers    ").append(i.layers());
        if (i.baseLayers() >= 0) {
            sb.append(" (").append(i.baseLayers()).append(" from the base image, by ")
                    .append(TerminalText.sanitize(i.baseSource())).append(')');
        } else {
            sb.append(" (base image layers: ").append(TerminalText.sanitize(i.baseSource())).append(')');
        }
        sb.append('\n');
        sb.append("  size      ").append(megabytes(i.uncompressedBytes())).append(" uncompressed, ")
                .append(megabytes(i.storedBytes())).append(" stored, ").append(String.format(java.util.Locale.ROOT,
                        "%,d", i.files())).append(" files\n\n");
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private void appendHelp(StringBuilder sb, Location loc, Fix fix) {
        String gutter = " ".repeat(gutterWidth(loc));
        String how = switch (fix.applicability()) {
            case SAFE -> "fixable with " + fixCommand;
            case UNSAFE -> "fixable with " + fixCommand + " --unsafe-fixes";
            case DISPLAY_ONLY -> "suggestion, not applied automatically";
        };
        sb.append(gutter).append(' ').append(style.apply(Style.BOLD + ";" + Style.BLUE, "="))
                .append(' ').append(style.apply(Style.BOLD, "help:")).append(' ')
                .append(TerminalText.sanitize(fix.description()))
                .append(' ').append(style.apply(Style.CYAN, "(" + how + ")")).append('\n');
    }

    private static int gutterWidth(Location loc) {
        return Integer.toString(loc.start().line()).length();
    }

    /** The source line of the range's start with a caret underline; later lines are only counted. */
    private void appendSnippet(StringBuilder sb, Location loc, String underlineColour) {
        SourceFile file = loc.file();
        Position start = loc.start();
        Position end = loc.end();
        int line = start.line();
        String lineText = file.lineText(line);
        int lineStart = file.lineStart(line);
        TerminalText.DisplayLine shown = TerminalText.layout(lineText);

        int startCol = shown.columnOf(loc.range().start() - lineStart);
        int endCol = end.line() == line ? shown.columnOf(loc.range().end() - lineStart) : shown.width();
        if (endCol <= startCol) {
            endCol = startCol + 1; // empty range, or one that covers only the line break
        }

        int from = 0;
        int to = shown.width();
        if (shown.width() > MAX_LINE_WIDTH) {
            from = Math.max(0, startCol - CONTEXT_BEFORE);
            to = Math.min(shown.width(), from + MAX_LINE_WIDTH);
            if (to - from < MAX_LINE_WIDTH) {
                from = Math.max(0, to - MAX_LINE_WIDTH);
            }
        }
        String prefix = from > 0 ? ELLIPSIS : "";
        String suffix = to < shown.width() ? ELLIPSIS : "";
        String text = shown.slice(from, to);

        int caretStart = startCol - from + prefix.length();
        int caretEnd = Math.min(endCol, Math.max(to, startCol + 1)) - from + prefix.length();

        String gutter = " ".repeat(gutterWidth(loc));
        String bar = style.apply(Style.BOLD + ";" + Style.BLUE, "|");
        sb.append(gutter).append(' ').append(bar).append('\n');
        sb.append(style.apply(Style.BOLD + ";" + Style.BLUE, Integer.toString(line))).append(' ').append(bar)
                .append(text.isEmpty() && prefix.isEmpty() ? "" : " " + style.apply(Style.DIM, prefix) + text
                        + style.apply(Style.DIM, suffix))
                .append('\n');
        sb.append(gutter).append(' ').append(bar).append(' ').append(" ".repeat(caretStart))
                .append(style.apply(Style.BOLD + ";" + underlineColour, "^".repeat(caretEnd - caretStart)));
        int moreLines = end.line() - line - (end.column() == 1 ? 1 : 0);
        if (moreLines > 0) {
            sb.append(' ').append(style.apply(Style.DIM,
                    "...and " + moreLines + " more line" + (moreLines == 1 ? "" : "s")));
        }
        sb.append('\n');
    }

    private void appendError(StringBuilder sb, InputError e) {
        String where = TerminalText.sanitize(e.file()) + e.location().map(l -> ":" + l.start()).orElse("");
        sb.append(style.apply(Style.BOLD, where)).append(": ")
                .append(style.apply(Style.BOLD + ";" + Style.RED, "input error:")).append(' ')
                .append(TerminalText.sanitize(e.message())).append('\n');
        e.location().ifPresent(l -> appendSnippet(sb, l, Style.RED));
        sb.append('\n');
    }

    private void appendSummary(StringBuilder sb, LintReport report) {
        if (report.fixesApplied() > 0) {
            sb.append(style.apply(Style.GREEN, plural(report.fixesApplied(), "fix", "fixes") + " applied"))
                    .append('\n');
        }
        List<Finding> findings = report.findings();
        String line;
        if (findings.isEmpty()) {
            String what = report.images().isEmpty() ? plural(report.filesChecked(), "file", "files")
                    : plural(report.images().size(), "image", "images");
            line = report.errors().isEmpty() ? "All checks passed (" + what + ")" : "No problems found in " + what;
        } else {
            Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
            int safe = 0;
            int unsafe = 0;
            for (Finding f : findings) {
                bySeverity.merge(f.severity(), 1, Integer::sum);
                Applicability a = f.fix().map(Fix::applicability).orElse(Applicability.DISPLAY_ONLY);
                if (a == Applicability.SAFE) {
                    safe++;
                } else if (a == Applicability.UNSAFE) {
                    unsafe++;
                }
            }
            List<String> parts = new ArrayList<>();
            for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
                int n = bySeverity.getOrDefault(s, 0);
                if (n > 0) {
                    parts.add(s == Severity.INFO ? n + " info" : plural(n, s.label(), s.label() + "s"));
                }
            }
            StringBuilder s = new StringBuilder("Found ").append(plural(findings.size(), "problem", "problems"))
                    .append(" (").append(String.join(", ", parts)).append(")");
            if (report.images().isEmpty()) {
                long files = findings.stream().map(f -> f.location().file().path()).distinct().count();
                s.append(" in ").append(files).append(" of ").append(plural(report.filesChecked(), "file", "files"));
            } else {
                s.append(" in ").append(plural(report.images().size(), "image", "images"));
                if (report.filesChecked() > report.images().size()) {
                    s.append(" and its Dockerfile");
                }
            }
            if (safe > 0) {
                s.append("; ").append(safe).append(" fixable with ").append(fixCommand);
                if (unsafe > 0) {
                    s.append(", ").append(unsafe).append(" more with --unsafe-fixes");
                }
            } else if (unsafe > 0) {
                s.append("; ").append(unsafe).append(" fixable with ").append(fixCommand).append(" --unsafe-fixes");
            }
            line = s.toString();
        }
        if (!report.errors().isEmpty()) {
            line += "; " + plural(report.errors().size(), "input error", "input errors");
        }
        String colour = findings.isEmpty() && report.errors().isEmpty() ? Style.GREEN : Style.BOLD;
        sb.append(style.apply(colour, line)).append('\n');
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
