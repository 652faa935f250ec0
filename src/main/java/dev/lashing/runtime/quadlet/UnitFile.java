package dev.lashing.runtime.quadlet;

import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A systemd unit file read with positions: {@code [Section]} headers, {@code Key=value} entries (repeated
 * keys kept in order), {@code #} and {@code ;} comment lines, and values continued on the next line with a
 * trailing backslash (which becomes a space; comment lines inside a continuation are skipped).
 */
public final class UnitFile {

    /**
     * A section header.
     *
     * @param name the section name
     * @param range the header line, brackets included
     */
    public record Section(String name, TextRange range) {
    }

    /**
     * One {@code Key=value} entry.
     *
     * @param section the section it is in
     * @param key the key
     * @param keyRange where the key is written
     * @param range the whole entry, from the key to the end of the value (continuation lines included)
     * @param value the value, continuations joined
     */
    public record Entry(String section, String key, TextRange keyRange, TextRange range, Value value) {
    }

    /** A problem in the file's syntax. */
    public record Problem(TextRange range, String message) {
    }

    /** A value whose every character knows its offset in the file. */
    public static final class Value {
        private final String text;
        private final int[] offsets;

        Value(String text, int[] offsets) {
            this.text = text;
            this.offsets = offsets;
        }

        /** The value. */
        public String text() {
            return text;
        }

        /** The file range of the value's characters {@code [from, to)}; empty ranges sit at {@code from}. */
        public TextRange range(int from, int to) {
            if (offsets.length == 0) {
                return TextRange.at(0);
            }
            if (from >= to) {
                int at = from < offsets.length ? offsets[from] : offsets[offsets.length - 1] + 1;
                return TextRange.at(at);
            }
            return new TextRange(offsets[from], offsets[to - 1] + 1);
        }
    }

    private final List<Section> sections = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private UnitFile() {
    }

    /** The section headers in order. */
    public List<Section> sections() {
        return sections;
    }

    /** The entries in order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The syntax problems. */
    public List<Problem> problems() {
        return problems;
    }

    /** Reads {@code file}; never throws. */
    public static UnitFile parse(SourceFile file) {
        UnitFile unit = new UnitFile();
        String section = null;
        StringBuilder value = null;
        int[] offsets = new int[16];
        String key = null;
        TextRange keyRange = null;
        String text = file.text();
        for (int line = 1; line <= file.lineCount(); line++) {
            int start = file.lineStart(line);
            int end = file.lineContentEnd(line);
            int s = start;
            while (s < end && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            int e = end;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            boolean comment = s < e && (text.charAt(s) == '#' || text.charAt(s) == ';');
            if (value != null) {
                if (comment) {
                    continue;
                }
                boolean more = e > s && text.charAt(e - 1) == '\\';
                offsets = append(value, offsets, text, s, more ? e - 1 : e);
                if (more) {
                    offsets = appendSpace(value, offsets, e - 1);
                    continue;
                }
                unit.entries.add(entry(section, key, keyRange, value, offsets, e));
                value = null;
                continue;
            }
            if (s == e || comment) {
                continue;
            }
            if (text.charAt(s) == '[') {
                if (text.charAt(e - 1) != ']' || e - s < 3) {
                    unit.problems.add(new Problem(new TextRange(s, e), "invalid section header"));
                    section = null;
                    continue;
                }
                section = text.substring(s + 1, e - 1);
                unit.sections.add(new Section(section, new TextRange(s, e)));
                continue;
            }
            int eq = text.indexOf('=', s);
            if (eq < 0 || eq >= e) {
                unit.problems.add(new Problem(new TextRange(s, e), "expected Key=value"));
                continue;
            }
            int keyEnd = eq;
            while (keyEnd > s && Character.isWhitespace(text.charAt(keyEnd - 1))) {
                keyEnd--;
            }
            if (keyEnd == s) {
                unit.problems.add(new Problem(new TextRange(s, e), "missing key before ="));
                continue;
            }
            if (section == null) {
                unit.problems.add(new Problem(new TextRange(s, e), "assignment outside of a section"));
                continue;
            }
            key = text.substring(s, keyEnd);
            keyRange = new TextRange(s, keyEnd);
            int v = eq + 1;
            while (v < e && Character.isWhitespace(text.charAt(v))) {
                v++;
            }
            value = new StringBuilder();
            boolean more = e > v && text.charAt(e - 1) == '\\';
            offsets = append(value, offsets, text, v, more ? e - 1 : e);
            if (more) {
                offsets = appendSpace(value, offsets, e - 1);
                continue;
            }
            unit.entries.add(entry(section, key, keyRange, value, offsets, e));
            value = null;
        }
        if (value != null) {
            int last = value.length() == 0 ? keyRange.end() : offsets[value.length() - 1] + 1;
            unit.entries.add(entry(section, key, keyRange, value, offsets, last));
        }
        return unit;
    }

    private static Entry entry(String section, String key, TextRange keyRange, StringBuilder value, int[] offsets,
            int end) {
        String v = value.toString();
        return new Entry(section, key, keyRange, new TextRange(keyRange.start(), Math.max(end, keyRange.end())),
                new Value(v, Arrays.copyOf(offsets, v.length())));
    }

    private static int[] append(StringBuilder value, int[] offsets, String text, int from, int to) {
        int[] o = offsets;
        for (int i = from; i < to; i++) {
            o = ensure(o, value.length() + 1);
            o[value.length()] = i;
            value.append(text.charAt(i));
        }
        return o;
    }

    private static int[] appendSpace(StringBuilder value, int[] offsets, int at) {
        int[] o = ensure(offsets, value.length() + 1);
        o[value.length()] = at;
        value.append(' ');
        return o;
    }

    private static int[] ensure(int[] a, int size) {
        return size <= a.length ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
    }
}
