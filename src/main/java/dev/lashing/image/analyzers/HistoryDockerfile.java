package dev.lashing.image.analyzers;

import dev.lashing.image.oci.HistoryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Rebuilds a Dockerfile from an image's history so the Dockerfile and shell rules can judge an image
 * built elsewhere. Understands the classic builder's {@code /bin/sh -c #(nop) CMD [...]} and
 * {@code |2 A=1 B=2 /bin/sh -c ...} forms, BuildKit's {@code RUN /bin/sh -c ... # buildkit} and plain
 * {@code ENV}/{@code COPY}/{@code CMD} lines, and Go-formatted values ({@code map[8080/tcp:{}]},
 * {@code ["a" "b"]}). Steps it cannot read (umoci or hand-written history) become comments, never
 * guesses. Multi-line commands become heredocs, so their meaning is kept.
 */
public final class HistoryDockerfile {
    /** The heredoc delimiter that wraps a multi-line RUN command rebuilt from the history. */
    public static final String HEREDOC_DELIMITER = "LASHING_HISTORY_EOF";
    private static final String SH_C = "/bin/sh -c ";
    private static final String NOP = "#(nop)";
    private static final List<String> INSTRUCTIONS = List.of("RUN", "CMD", "ENTRYPOINT", "ENV", "ARG", "LABEL",
            "EXPOSE", "VOLUME", "USER", "WORKDIR", "COPY", "ADD", "SHELL", "STOPSIGNAL", "ONBUILD", "MAINTAINER",
            "HEALTHCHECK");

    private HistoryDockerfile() {}

    /**
     * The rebuilt text, and for every line (0-based) the history index it came from, or -1 for the
     * synthetic {@code FROM} line.
     *
     * @param text a Dockerfile
     * @param lineToHistory history index per line
     */
    public record Rebuilt(String text, int[] lineToHistory) {

        /** The history index of 1-based {@code line}, when the line came from history. */
        public Optional<Integer> historyIndex(int line) {
            if (line < 1 || line > lineToHistory.length) {
                return Optional.empty();
            }
            int h = lineToHistory[line - 1];
            return h < 0 ? Optional.empty() : Optional.of(h);
        }
    }

    /** Rebuilds the Dockerfile of {@code history}; it starts with {@code FROM scratch}. */
    public static Rebuilt rebuild(List<HistoryEntry> history) {
        StringBuilder sb = new StringBuilder();
        List<Integer> lines = new ArrayList<>();
        appendLines(sb, lines, "FROM scratch", -1);
        for (int i = 0; i < history.size(); i++) {
            appendLines(sb, lines, instructionOf(history.get(i).createdBy()), i);
        }
        int[] map = lines.stream().mapToInt(Integer::intValue).toArray();
        return new Rebuilt(sb.toString(), map);
    }

    private static void appendLines(StringBuilder sb, List<Integer> lines, String text, int index) {
        for (String line : text.split("\n", -1)) {
            sb.append(line).append('\n');
            lines.add(index);
        }
    }

    /** One history step as a Dockerfile instruction (possibly several lines), or a comment. */
    public static String instructionOf(String createdBy) {
        String s = createdBy.strip();
        if (s.endsWith("# buildkit")) {
            s = s.substring(0, s.length() - "# buildkit".length()).strip();
        }
        if (s.isEmpty()) {
            return "# (history step without a command)";
        }
        String keyword = firstWord(s).toUpperCase(Locale.ROOT);
        if (INSTRUCTIONS.contains(keyword) && firstWord(s).equals(keyword)) {
            String rest = s.substring(keyword.length()).strip();
            if (keyword.equals("RUN")) {
                return run(rest);
            }
            return metadata(keyword, rest);
        }
        String body = stripBuildArgs(s);
        if (body.startsWith(SH_C)) {
            String cmd = body.substring(SH_C.length()).strip();
            if (cmd.startsWith(NOP)) {
                String inner = cmd.substring(NOP.length()).strip();
                String kw = firstWord(inner);
                if (INSTRUCTIONS.contains(kw)) {
                    return metadata(kw, inner.substring(kw.length()).strip());
                }
                return comment(s);
            }
            return shell(cmd);
        }
        return comment(s);
    }

    private static String run(String rest) {
        String body = stripBuildArgs(rest);
        if (body.startsWith(SH_C)) {
            return shell(body.substring(SH_C.length()).strip());
        }
        return shell(body);
    }

    /** A RUN with its shell command; multi-line commands become a heredoc to keep newlines meaningful. */
    private static String shell(String cmd) {
        if (cmd.isEmpty()) {
            return "# (empty RUN)";
        }
        if (cmd.indexOf('\n') < 0) {
            return "RUN " + cmd;
        }
        if (cmd.contains("<<")) {
            return "RUN " + cmd;
        }
        return "RUN <<" + HEREDOC_DELIMITER + "\n" + cmd + "\n" + HEREDOC_DELIMITER;
    }

    /** Drops the classic builder's {@code |N NAME=value ...} build-argument prefix. */
    private static String stripBuildArgs(String s) {
        if (!s.startsWith("|")) {
            return s;
        }
        int space = s.indexOf(' ');
        if (space < 0) {
            return s;
        }
        int n;
        try {
            n = Integer.parseInt(s.substring(1, space));
        } catch (NumberFormatException e) {
            return s;
        }
        String rest = s.substring(space + 1);
        for (int i = 0; i < n; i++) {
            int next = skipArg(rest);
            if (next < 0) {
                return s;
            }
            rest = rest.substring(next).stripLeading();
        }
        return rest;
    }

    /** The end of one {@code NAME=value} word; values may be quoted. -1 when malformed. */
    private static int skipArg(String s) {
        int i = 0;
        char quote = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ' ') {
                return s.substring(0, i).contains("=") ? i : -1;
            }
            i++;
        }
        return -1;
    }

    private static String metadata(String keyword, String rest) {
        String value = rest;
        switch (keyword) {
            case "CMD", "ENTRYPOINT", "SHELL" -> value = goList(rest);
            case "EXPOSE" -> value = goMapKeys(rest);
            case "VOLUME" -> value = goVolumes(rest);
            case "COPY", "ADD" -> value = copy(rest);
            case "HEALTHCHECK" -> {
                if (rest.startsWith("&{")) {
                    return comment(keyword + " " + rest);
                }
            }
            default -> { }
        }
        if (value.indexOf('\n') >= 0) {
            return comment(keyword + " " + rest);
        }
        return value.isEmpty() ? keyword : keyword + " " + value;
    }

    /** {@code ["a" "b"]} (Go's formatting) → {@code ["a", "b"]}; JSON and shell forms pass through. */
    static String goList(String rest) {
        if (!rest.startsWith("[") || !rest.endsWith("]") || rest.contains("\", \"") || rest.equals("[]")) {
            return rest;
        }
        List<String> items = new ArrayList<>();
        int i = 1;
        int end = rest.length() - 1;
        while (i < end) {
            char c = rest.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            if (c != '"') {
                return rest;
            }
            StringBuilder item = new StringBuilder("\"");
            i++;
            while (i < end && rest.charAt(i) != '"') {
                if (rest.charAt(i) == '\\' && i + 1 < end) {
                    item.append(rest.charAt(i++));
                }
                item.append(rest.charAt(i++));
            }
            if (i >= end) {
                return rest;
            }
            item.append('"');
            items.add(item.toString());
            i++;
        }
        return "[" + String.join(", ", items) + "]";
    }

    /** {@code map[80/tcp:{} 443/tcp:{}]} → {@code 80/tcp 443/tcp}. */
    private static String goMapKeys(String rest) {
        if (!rest.startsWith("map[") || !rest.endsWith("]")) {
            return rest;
        }
        String inner = rest.substring(4, rest.length() - 1).strip();
        List<String> keys = new ArrayList<>();
        for (String part : inner.split(" ")) {
            int colon = part.indexOf(':');
            if (colon > 0) {
                keys.add(part.substring(0, colon));
            }
        }
        return String.join(" ", keys);
    }

    /** {@code [/data /logs]} → {@code ["/data", "/logs"]}; JSON passes through. */
    private static String goVolumes(String rest) {
        if (!rest.startsWith("[") || !rest.endsWith("]") || rest.contains("\"")) {
            return rest;
        }
        List<String> items = new ArrayList<>();
        for (String p : rest.substring(1, rest.length() - 1).strip().split(" ")) {
            if (!p.isEmpty()) {
                items.add("\"" + p + "\"");
            }
        }
        return "[" + String.join(", ", items) + "]";
    }

    /** Classic {@code file:abc in /dst} → {@code file:abc /dst}. */
    private static String copy(String rest) {
        int in = rest.lastIndexOf(" in ");
        if (in > 0) {
            return rest.substring(0, in).strip() + " " + rest.substring(in + 4).strip();
        }
        return rest;
    }

    private static String comment(String text) {
        return "# history: " + text.replace('\n', ' ').replace('\r', ' ');
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }
}
