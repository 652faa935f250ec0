package dev.lashing.report;

import dev.lashing.core.RuleCatalog;
import dev.lashing.core.RuleMeta;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a rule's Markdown documentation for a terminal ({@code lashing explain}): headings bold and
 * underlined with colour, fenced code indented by four without fences, paragraphs and list items
 * wrapped to a width, inline code kept in backticks (or coloured). Without colour the output is plain
 * text; it never contains raw control characters.
 */
public final class MarkdownTerminal {

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```+|~~~+)\\s*([^`\\s]*).*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)([-*+]|\\d{1,9}[.)])\\s+(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}>\\s?(.*)$");
    private static final Pattern RULE_LINE = Pattern.compile("^ {0,3}([-*_])(\\s*\\1){2,}\\s*$");

    private final int width;
    private final Style style;
    private final boolean color;

    /** A renderer wrapping at {@code width} columns (at least 20), with ANSI styling when {@code color}. */
    public MarkdownTerminal(int width, boolean color) {
        this.width = Math.max(20, width);
        this.color = color;
        this.style = new Style(color);
    }

    /** Plain, unwrapped text of {@code markdown}, as used for SARIF {@code help.text}. */
    static String plainText(String markdown) {
        return new MarkdownTerminal(Integer.MAX_VALUE / 2, false).render(markdown).strip() + "\n";
    }

    /** Writes the header for {@code rule} followed by its rendered documentation. */
    public void writeExplain(RuleCatalog catalog, RuleMeta rule, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder(header(rule, catalog.helpUri(rule)));
        sb.append('\n');
        sb.append(catalog.documentation(rule.id()).map(this::render)
                .orElse(wrap(List.of(new Span("No documentation for this rule.", null)), "", "")));
        out.write(sb.toString());
        out.flush();
    }

    /** The header block: id and name, summary, severity, default, practices, aliases, fix, references, link. */
    public String header(RuleMeta rule, String helpUri) {
        StringBuilder sb = new StringBuilder();
        sb.append(style.apply(Style.BOLD + ";" + Style.of(rule.severity()), TerminalText.sanitize(rule.id())))
                .append(' ').append(style.apply(Style.BOLD, TerminalText.sanitize(rule.name()))).append('\n');
        sb.append(wrap(List.of(new Span(rule.summary(), null)), "", ""));
        sb.append('\n');
        field(sb, "Severity", rule.severity().label());
        field(sb, "Default", rule.enabledByDefault() ? "on" : "off (enable it in the configuration)");
        field(sb, "Practices", list(rule.practices()));
        field(sb, "Aliases", list(rule.aliases()));
        field(sb, "Fix", switch (rule.fix()) {
            case NONE -> "not available";
            case SOMETIMES -> "available for some findings";
            case ALWAYS -> "available";
        });
        if (!rule.references().isEmpty()) {
            field(sb, "References", list(rule.references()));
        }
        field(sb, "Docs", helpUri);
        return sb.toString();
    }

    private void field(StringBuilder sb, String name, String value) {
        String label = String.format("  %-12s", name + ":");
        List<Span> spans = List.of(new Span(value, null));
        String indent = " ".repeat(label.length());
        String wrapped = wrap(spans, indent, indent);
        sb.append(style.apply(Style.BOLD, label)).append(wrapped.substring(indent.length()));
    }

    private static String list(List<String> values) {
        return values.isEmpty() ? "none" : String.join(", ", values);
    }

    /** Renders the Markdown body. */
    public String render(String markdown) {
        List<String> lines = new ArrayList<>(List.of(markdown.replace("\r\n", "\n").split("\n", -1)));
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher m;
            if (line.isBlank()) {
                i++;
                continue;
            }
            if ((m = FENCE.matcher(line)).matches()) {
                String fence = m.group(1);
                i++;
                while (i < lines.size() && !lines.get(i).strip().startsWith(fence)) {
                    String code = TerminalText.sanitize(lines.get(i).replace("\t", "    "));
                    out.append(code.isEmpty() ? "" : "    " + style.apply(Style.CYAN, code)).append('\n');
                    i++;
                }
                i++; // closing fence
                out.append('\n');
            } else if ((m = HEADING.matcher(line)).matches()) {
                int level = m.group(1).length();
                String text = plainInline(m.group(2));
                String codes = level <= 2 ? Style.BOLD + ";" + Style.UNDERLINE : Style.BOLD;
                out.append(style.apply(codes, TerminalText.sanitize(text))).append("\n\n");
                i++;
            } else if (RULE_LINE.matcher(line).matches()) {
                out.append(style.apply(Style.DIM, "-".repeat(Math.min(width, 40)))).append("\n\n");
                i++;
            } else if ((m = LIST_ITEM.matcher(line)).matches()) {
                while (i < lines.size() && (m = LIST_ITEM.matcher(lines.get(i))).matches()) {
                    int depth = m.group(1).replace("\t", "    ").length() / 2;
                    String marker = m.group(2).matches("[-*+]") ? "-" : m.group(2);
                    StringBuilder text = new StringBuilder(m.group(3));
                    i++;
                    while (i < lines.size() && !lines.get(i).isBlank() && !LIST_ITEM.matcher(lines.get(i)).matches()
                            && !FENCE.matcher(lines.get(i)).matches() && !HEADING.matcher(lines.get(i)).matches()) {
                        text.append(' ').append(lines.get(i).strip());
                        i++;
                    }
                    String first = "  ".repeat(depth) + "  " + marker + " ";
                    String rest = " ".repeat(first.length());
                    out.append(wrap(inline(text.toString()), first, rest));
                    while (i < lines.size() && lines.get(i).isBlank() && i + 1 < lines.size()
                            && LIST_ITEM.matcher(lines.get(i + 1)).matches()) {
                        i++;
                    }
                }
                out.append('\n');
            } else if ((m = QUOTE.matcher(line)).matches()) {
                StringBuilder text = new StringBuilder();
                while (i < lines.size() && (m = QUOTE.matcher(lines.get(i))).matches()) {
                    text.append(text.length() == 0 ? "" : " ").append(m.group(1).strip());
                    i++;
                }
                out.append(wrap(inline(text.toString()), "  | ", "  | ")).append('\n');
            } else if (line.startsWith("    ") || line.startsWith("\t")) {
                while (i < lines.size() && (lines.get(i).startsWith("    ") || lines.get(i).startsWith("\t")
                        || lines.get(i).isBlank() && i + 1 < lines.size() && lines.get(i + 1).startsWith("    "))) {
                    String code = TerminalText.sanitize(lines.get(i).replace("\t", "    ").stripTrailing());
                    out.append(code.isEmpty() ? "" : style.apply(Style.CYAN, code)).append('\n');
                    i++;
                }
                out.append('\n');
            } else {
                StringBuilder text = new StringBuilder(line.strip());
                i++;
                while (i < lines.size() && !lines.get(i).isBlank() && !FENCE.matcher(lines.get(i)).matches()
                        && !HEADING.matcher(lines.get(i)).matches() && !LIST_ITEM.matcher(lines.get(i)).matches()
                        && !QUOTE.matcher(lines.get(i)).matches()) {
                    text.append(' ').append(lines.get(i).strip());
                    i++;
                }
                out.append(wrap(inline(text.toString()), "", "")).append('\n');
            }
        }
        String s = out.toString();
        while (s.endsWith("\n\n")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** A run of inline text with one style (null for none). */
    private record Span(String text, String sgr) {}

    private String plainInline(String text) {
        StringBuilder sb = new StringBuilder();
        for (Span s : inline(text)) {
            sb.append(s.text());
        }
        return sb.toString();
    }

    /** Splits inline Markdown into styled spans: code, strong, emphasis, links. */
    private List<Span> inline(String text) {
        List<Span> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close;
            if (c == '\\' && i + 1 < text.length() && isPunctuation(text.charAt(i + 1))) {
                plain.append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '`') {
                int ticks = 0;
                while (i + ticks < text.length() && text.charAt(i + ticks) == '`') {
                    ticks++;
                }
                String fence = "`".repeat(ticks);
                close = text.indexOf(fence, i + ticks);
                if (close > 0) {
                    flush(spans, plain);
                    String code = text.substring(i + ticks, close).strip();
                    spans.add(color ? new Span(code, Style.CYAN) : new Span("`" + code + "`", null));
                    i = close + ticks;
                    continue;
                }
            }
            if (text.startsWith("**", i) || text.startsWith("__", i)) {
                String delim = text.substring(i, i + 2);
                close = text.indexOf(delim, i + 2);
                if (close > i + 2) {
                    flush(spans, plain);
                    spans.add(new Span(plainInline(text.substring(i + 2, close)), Style.BOLD));
                    i = close + 2;
                    continue;
                }
            }
            if ((c == '*' || c == '_') && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                close = text.indexOf(c, i + 1);
                if (close > i + 1 && !Character.isWhitespace(text.charAt(close - 1))
                        && (close + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(close + 1)))) {
                    flush(spans, plain);
                    spans.add(new Span(plainInline(text.substring(i + 1, close)), "3"));
                    i = close + 1;
                    continue;
                }
            }
            if (c == '[') {
                int mid = text.indexOf("](", i);
                int end = mid < 0 ? -1 : text.indexOf(')', mid + 2);
                if (mid > i && end > mid) {
                    flush(spans, plain);
                    String label = plainInline(text.substring(i + 1, mid));
                    String url = text.substring(mid + 2, end).strip();
                    spans.add(new Span(label, Style.UNDERLINE));
                    if (!label.equals(url)) {
                        spans.add(new Span(" (" + url + ")", null));
                    }
                    i = end + 1;
                    continue;
                }
            }
            if (c == '<') {
                close = text.indexOf('>', i);
                if (close > i && text.substring(i + 1, close).matches("(?i)(https?|mailto):[^\\s<>]+")) {
                    flush(spans, plain);
                    spans.add(new Span(text.substring(i + 1, close), Style.UNDERLINE));
                    i = close + 1;
                    continue;
                }
            }
            plain.append(c);
            i++;
        }
        flush(spans, plain);
        return spans;
    }

    private static boolean isPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }

    private static void flush(List<Span> spans, StringBuilder plain) {
        if (plain.length() > 0) {
            spans.add(new Span(plain.toString(), null));
            plain.setLength(0);
        }
    }

    /** Word-wraps styled spans; {@code first} prefixes the first line, {@code rest} the others. */
    private String wrap(List<Span> spans, String first, String rest) {
        List<List<Span>> words = new ArrayList<>();
        List<Span> word = new ArrayList<>();
        for (Span s : spans) {
            String text = TerminalText.sanitize(s.text().replace('\t', ' ').replace('\n', ' '));
            StringBuilder piece = new StringBuilder();
            for (int k = 0; k < text.length(); k++) {
                char ch = text.charAt(k);
                if (ch == ' ') {
                    if (piece.length() > 0) {
                        word.add(new Span(piece.toString(), s.sgr()));
                        piece.setLength(0);
                    }
                    if (!word.isEmpty()) {
                        words.add(word);
                        word = new ArrayList<>();
                    }
                } else {
                    piece.append(ch);
                }
            }
            if (piece.length() > 0) {
                word.add(new Span(piece.toString(), s.sgr()));
            }
        }
        if (!word.isEmpty()) {
            words.add(word);
        }
        StringBuilder out = new StringBuilder(first);
        int col = first.length();
        boolean lineEmpty = true;
        for (List<Span> w : words) {
            int len = w.stream().mapToInt(s -> s.text().codePointCount(0, s.text().length())).sum();
            if (!lineEmpty && col + 1 + len > width) {
                out.append('\n').append(rest);
                col = rest.length();
                lineEmpty = true;
            }
            if (!lineEmpty) {
                out.append(' ');
                col++;
            }
            for (Span s : w) {
                out.append(s.sgr() == null ? s.text() : style.apply(s.sgr(), s.text()));
            }
            col += len;
            lineEmpty = false;
        }
        return out.append('\n').toString();
    }
}
