package dev.lashing.runtime.compose;

import dev.lashing.core.InputError;
import dev.lashing.core.Location;
import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Compose's environment-file syntax ({@code .env} and {@code env_file:}): {@code KEY=VALUE} lines,
 * {@code #} comments (inline only after a space, for unquoted values), an optional {@code export},
 * single quotes taken literally, double quotes with {@code \n \r \t \\ \"} escapes and values over
 * several lines, and interpolation of unquoted and double-quoted values (earlier entries of the file
 * and the given variables). A line {@code KEY} alone takes the variable from the host environment.
 */
final class DotEnv {

    /**
     * One entry of the file.
     *
     * @param name the variable name
     * @param value the value; null when it comes from the host environment or cannot be resolved
     * @param fromHost true for a bare {@code KEY} line
     * @param location from the key to the end of the value
     */
    record Entry(String name, String value, boolean fromHost, Location location) {}

    /**
     * What a file holds.
     *
     * @param entries the entries in order (a name may repeat; the last one counts)
     * @param errors lines that could not be read
     */
    record Parsed(List<Entry> entries, List<InputError> errors) {}

    private final SourceFile file;
    private final String text;
    private final boolean raw;
    private final Budget budget;
    private Variables variables;
    private int pos;
    private final List<Entry> entries = new ArrayList<>();
    private final List<InputError> errors = new ArrayList<>();

    private DotEnv(SourceFile file, Variables variables, boolean raw, Budget budget) {
        this.file = file;
        this.text = file.text();
        this.variables = variables;
        this.raw = raw;
        this.budget = budget;
    }

    /**
     * Reads {@code file}; {@code variables} are what unquoted and double-quoted values may use (the
     * file's own earlier entries come under them). With {@code raw}, values are taken as written.
     */
    static Parsed parse(SourceFile file, Variables variables, boolean raw, Budget budget) {
        DotEnv p = new DotEnv(file, variables, raw, budget);
        p.run();
        return new Parsed(List.copyOf(p.entries), List.copyOf(p.errors));
    }

    private void run() {
        Variables own = Variables.of(java.util.Map.of());
        while (pos < text.length()) {
            skipBlanks();
            if (pos >= text.length()) {
                break;
            }
            char c = text.charAt(pos);
            if (c == '\n' || c == '\r') {
                pos++;
                continue;
            }
            if (c == '#') {
                skipLine();
                continue;
            }
            if (text.startsWith("export", pos) && pos + 6 < text.length()
                    && (text.charAt(pos + 6) == ' ' || text.charAt(pos + 6) == '\t')) {
                pos += 6;
                skipBlanks();
            }
            int keyStart = pos;
            while (pos < text.length() && isKeyChar(text.charAt(pos))) {
                pos++;
            }
            String key = text.substring(keyStart, pos);
            skipBlanks();
            boolean atEnd = pos >= text.length() || text.charAt(pos) == '\n' || text.charAt(pos) == '\r'
                    || text.charAt(pos) == '#';
            if (key.isEmpty() || !atEnd && text.charAt(pos) != '=') {
                int lineEnd = lineEnd(pos);
                errors.add(InputError.at(file.location(new TextRange(keyStart, lineEnd)),
                        "not a KEY=VALUE line: \"" + clip(text.substring(keyStart, lineEnd)) + "\""));
                skipLine();
                continue;
            }
            if (atEnd) {
                entries.add(new Entry(key, null, true, file.location(new TextRange(keyStart, keyStart + key.length()))));
                skipLine();
                continue;
            }
            pos++; // =
            skipBlanks();
            Raw value = raw ? rawValue() : value();
            if (value == null) {
                continue;
            }
            Location at = file.location(new TextRange(keyStart, Math.max(keyStart, pos)));
            String resolved = value.text();
            if (!value.literal()) {
                Variables lookup = variables.over(own);
                resolved = new Interpolator(lookup, budget).interpolate(value.text(),
                        m -> errors.add(InputError.at(at, m)));
            }
            own = own.with(key, resolved);
            entries.add(new Entry(key, resolved, false, at));
            skipLine();
        }
    }

    /** A value as read: its text, and whether it is taken literally (single-quoted or raw) or interpolated. */
    private record Raw(String text, boolean literal) {}

    /** The value at {@code pos}; null (reported) when a quote is not closed. */
    private Raw value() {
        if (pos < text.length() && (text.charAt(pos) == '"' || text.charAt(pos) == '\'')) {
            char q = text.charAt(pos);
            int open = pos;
            StringBuilder b = new StringBuilder();
            pos++;
            while (pos < text.length() && text.charAt(pos) != q) {
                char c = text.charAt(pos);
                if (c == '\\' && pos + 1 < text.length()) {
                    char n = text.charAt(pos + 1);
                    pos += 2;
                    if (q == '\'') {
                        b.append(n == '\'' ? "'" : "\\" + n);
                    } else {
                        switch (n) {
                            case 'n' -> b.append('\n');
                            case 'r' -> b.append('\r');
                            case 't' -> b.append('\t');
                            case '$' -> b.append("$$");
                            case '\\', '"' -> b.append(n);
                            default -> b.append('\\').append(n);
                        }
                    }
                    continue;
                }
                b.append(c);
                pos++;
            }
            if (pos >= text.length()) {
                int lineEnd = lineEnd(open);
                errors.add(InputError.at(file.location(new TextRange(open, lineEnd)),
                        "unterminated " + (q == '"' ? "double" : "single") + "-quoted value"));
                pos = lineEnd;
                skipLine();
                return null;
            }
            pos++; // closing quote
            return new Raw(b.toString(), q == '\'');
        }
        int start = pos;
        int end = lineEnd(pos);
        int cut = end;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '#' && i > start && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                cut = i;
                break;
            }
        }
        pos = cut;
        return new Raw(text.substring(start, cut).strip(), false);
    }

    private Raw rawValue() {
        int end = lineEnd(pos);
        String v = text.substring(pos, end);
        pos = end;
        return new Raw(v, true);
    }

    private static boolean isKeyChar(char c) {
        return c == '_' || c == '.' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private void skipBlanks() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private void skipLine() {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            pos++;
        }
        if (pos < text.length()) {
            pos++;
        }
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n') {
            i++;
        }
        return i > from && text.charAt(i - 1) == '\r' ? i - 1 : i;
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
