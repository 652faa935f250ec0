package dev.lashing.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lashing.core.PracticeCoverage;
import dev.lashing.core.RuleCatalog;
import dev.lashing.core.RuleMeta;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lists the rules of a catalog for {@code lashing rules}: an aligned table or a JSON array. */
public final class RuleListReporter {

    /** Widest a practices or aliases cell grows before its items wrap onto further lines. */
    static final int MAX_LIST_WIDTH = 32;

    private static final String[] HEADERS = {"ID", "NAME", "SEVERITY", "DEFAULT", "PRACTICES", "ALIASES", "FIX"};

    /** Writes an aligned table: id, name, severity, default on/off, practices, aliases, fixable. */
    public void writeTable(RuleCatalog catalog, Writer out, boolean color) throws IOException {
        Style style = new Style(color);
        List<List<List<String>>> rows = new ArrayList<>();
        List<RuleMeta> rules = catalog.rules();
        for (RuleMeta r : rules) {
            rows.add(List.of(
                    List.of(r.id()),
                    List.of(r.name()),
                    List.of(r.severity().label()),
                    List.of(r.enabledByDefault() ? "on" : "off"),
                    pack(r.practices()),
                    pack(r.aliases()),
                    List.of(r.fix().name().toLowerCase(Locale.ROOT).replace("none", "no"))));
        }
        int[] widths = new int[HEADERS.length];
        for (int c = 0; c < HEADERS.length; c++) {
            widths[c] = HEADERS[c].length();
            for (List<List<String>> row : rows) {
                for (String line : row.get(c)) {
                    widths[c] = Math.max(widths[c], width(line));
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < HEADERS.length; c++) {
            cell(sb, style.apply(Style.BOLD, HEADERS[c]), HEADERS[c].length(), widths[c], c == HEADERS.length - 1);
        }
        sb.append('\n');
        for (int i = 0; i < rows.size(); i++) {
            List<List<String>> row = rows.get(i);
            int height = row.stream().mapToInt(List::size).max().orElse(1);
            for (int l = 0; l < height; l++) {
                for (int c = 0; c < HEADERS.length; c++) {
                    List<String> lines = row.get(c);
                    String text = l < lines.size() ? lines.get(l) : "";
                    String shown = text;
                    if (c == 2 && l == 0) {
                        shown = style.apply(Style.of(rules.get(i).severity()), text);
                    } else if (c == 0 && l == 0) {
                        shown = style.apply(Style.BOLD, text);
                    }
                    cell(sb, shown, width(text), widths[c], c == HEADERS.length - 1);
                }
                sb.append('\n');
            }
        }
        sb.append(rules.size()).append(rules.size() == 1 ? " rule\n" : " rules\n");
        out.write(sb.toString());
        out.flush();
    }

    private static void cell(StringBuilder sb, String shown, int visible, int width, boolean last) {
        sb.append(shown);
        if (!last) {
            sb.append(" ".repeat(width - visible + 2));
        } else {
            // no trailing blanks at the end of a line
            int len = sb.length();
            while (len > 0 && sb.charAt(len - 1) == ' ') {
                len--;
            }
            sb.setLength(len);
        }
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    /**
     * Joins items with ", " into lines at most {@value #MAX_LIST_WIDTH} wide, never splitting an item;
     * an item wider than that on its own is cut with "...". An empty list is "-".
     */
    static List<String> pack(List<String> items) {
        if (items.isEmpty()) {
            return List.of("-");
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            String item = TerminalText.sanitize(items.get(i)) + (i < items.size() - 1 ? "," : "");
            if (width(item) > MAX_LIST_WIDTH) {
                item = item.substring(0, item.offsetByCodePoints(0, MAX_LIST_WIDTH - 3)) + "...";
            }
            if (line.length() > 0 && width(line.toString()) + 1 + width(item) > MAX_LIST_WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(item);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Writes a JSON array with every {@link RuleMeta} field and the rule's {@code helpUri}. */
    public void writeJson(RuleCatalog catalog, Writer out) throws IOException {
        JsonGenerator g = Json.generator(out);
        g.writeStartArray();
        for (RuleMeta r : catalog.rules()) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("name", r.name());
            g.writeStringField("summary", r.summary());
            g.writeStringField("severity", r.severity().label());
            Json.strings(g, "practices", r.practices());
            Json.strings(g, "aliases", r.aliases());
            Json.strings(g, "references", r.references());
            g.writeStringField("fix", r.fix().name().toLowerCase(Locale.ROOT));
            g.writeBooleanField("enabledByDefault", r.enabledByDefault());
            g.writeStringField("helpUri", catalog.helpUri(r));
            g.writeEndObject();
        }
        g.writeEndArray();
        Json.finish(g, out);
    }

    /** Writes, per practice, its title and the rules that enforce it ("-" when none does yet). */
    public void writePracticeTable(PracticeCoverage coverage, Writer out, boolean color) throws IOException {
        Style style = new Style(color);
        StringBuilder sb = new StringBuilder();
        sb.append(style.apply(Style.BOLD, "PRACTICE")).append("  ").append(style.apply(Style.BOLD, "RULES"))
                .append('\n');
        for (PracticeCoverage.Entry e : coverage.entries()) {
            List<String> ids = e.rules().stream().map(r -> r.id() + " " + r.name()).toList();
            sb.append(style.apply(Style.BOLD, e.id())).append("  ").append(TerminalText.sanitize(e.title())).append('\n');
            sb.append("     ").append(ids.isEmpty() ? "- (not covered yet)" : String.join(", ", ids)).append('\n');
        }
        int covered = coverage.entries().size() - coverage.uncovered().size();
        sb.append(covered).append(" of ").append(coverage.entries().size()).append(" practices covered by a rule\n");
        out.write(sb.toString());
        out.flush();
    }

    /** Writes a JSON array: per practice its id, title and the ids of the rules that enforce it. */
    public void writePracticeJson(PracticeCoverage coverage, Writer out) throws IOException {
        JsonGenerator g = Json.generator(out);
        g.writeStartArray();
        for (PracticeCoverage.Entry e : coverage.entries()) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("title", e.title());
            Json.strings(g, "rules", e.rules().stream().map(RuleMeta::id).toList());
            g.writeEndObject();
        }
        g.writeEndArray();
        Json.finish(g, out);
    }
}
