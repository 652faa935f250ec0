package dev.lashing.image.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A history step's {@code created_by}, read back into the instruction that made it. Understands the
 * classic builder ({@code /bin/sh -c #(nop)  ENV A=1}, {@code |2 A=1 B=2 /bin/sh -c cmd}) and BuildKit
 * ({@code RUN |1 A=1 /bin/sh -c cmd # buildkit}, {@code ENV A=1}, {@code ARG A=1}).
 *
 * @param keyword the instruction, upper case ({@code RUN} for recorded commands; empty when unknown)
 * @param buildArgs the {@code NAME=value} build arguments a RUN recorded
 * @param rest for RUN the shell script, otherwise the instruction's arguments
 */
record RecordedStep(String keyword, List<String> buildArgs, String rest) {
    private static final Pattern NOP = Pattern.compile("^(?:/bin/)?sh -c #\\(nop\\)\\s*([A-Z]+)\\b\\s*(.*)$",
            Pattern.DOTALL);
    private static final Pattern KEYWORD = Pattern.compile("^([A-Z]+)\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern ARG_COUNT = Pattern.compile("^\\|(\\d+)\\s+");
    private static final Pattern SHELL = Pattern.compile("^(?:/bin/|/usr/bin/)?(?:sh|bash|ash) -c\\s+", Pattern.DOTALL);

    /** Reads {@code createdBy}. */
    static RecordedStep of(String createdBy) {
        String text = createdBy.strip();
        if (text.endsWith("# buildkit")) {
            text = text.substring(0, text.length() - "# buildkit".length()).strip();
        }
        Matcher nop = NOP.matcher(text);
        if (nop.matches()) {
            return new RecordedStep(nop.group(1), List.of(), nop.group(2).strip());
        }
        Matcher kw = KEYWORD.matcher(text);
        if (kw.matches() && !kw.group(1).equals("RUN")) {
            return new RecordedStep(kw.group(1), List.of(), kw.group(2).strip());
        }
        if (kw.matches()) {
            text = kw.group(2).strip();
        }
        List<String> args = new ArrayList<>();
        Matcher count = ARG_COUNT.matcher(text);
        if (count.find()) {
            text = text.substring(count.end());
            int n = Integer.parseInt(count.group(1).length() > 4 ? "0" : count.group(1));
            for (int i = 0; i < n && !text.isEmpty(); i++) {
                int space = text.indexOf(' ');
                args.add(space < 0 ? text : text.substring(0, space));
                text = space < 0 ? "" : text.substring(space + 1).stripLeading();
            }
        }
        Matcher shell = SHELL.matcher(text);
        if (shell.find()) {
            text = text.substring(shell.end());
        }
        return new RecordedStep("RUN", args, text);
    }

    /** The {@code NAME=value} pairs of an ENV, ARG or LABEL step's arguments (quotes removed). */
    List<String> pairs() {
        List<String> out = new ArrayList<>();
        for (String token : rest.split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq > 0) {
                out.add(token.substring(0, eq) + "=" + unquote(token.substring(eq + 1)));
            }
        }
        return out;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
