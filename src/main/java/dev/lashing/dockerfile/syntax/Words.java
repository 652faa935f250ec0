package dev.lashing.dockerfile.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BuildKit's word splitters, re-implemented to keep each character's position. Written by hand
 * because the splitting rules are BuildKit's own (a shell lexer would split differently) and we
 * must match them to report what BuildKit reports.
 */
final class Words {
    private Words() {}

    /** A flag scanned off the front of an instruction's arguments. */
    record RawFlag(LogicalText whole, String word) {}

    /** The flags and the text that follows them. */
    record FlagSplit(List<RawFlag> flags, LogicalText rest) {}

    /**
     * Takes the leading {@code --name[=value]} words off {@code line} as BuildKit's
     * {@code extractBuilderFlags} does: quotes are removed inside flag words, a backslash escapes the
     * next character, and a lone {@code --} ends the flags.
     */
    static FlagSplit extractFlags(LogicalText line) {
        List<RawFlag> flags = new ArrayList<>();
        int n = line.length();
        int pos = 0;
        while (true) {
            while (pos < n && GoText.isSpace(line.charAt(pos))) {
                pos++;
            }
            if (pos >= n) {
                return new FlagSplit(flags, line.slice(n, n));
            }
            if (line.charAt(pos) != '-' || pos + 1 >= n || line.charAt(pos + 1) != '-') {
                return new FlagSplit(flags, line.slice(pos, n));
            }
            int start = pos;
            StringBuilder word = new StringBuilder();
            char quote = 0;
            boolean blankOk = false;
            while (pos < n) {
                char ch = line.charAt(pos);
                if (quote == 0 && GoText.isSpace(ch)) {
                    break;
                }
                if (quote == 0 && (ch == '\'' || ch == '"')) {
                    quote = ch;
                    blankOk = true;
                    pos++;
                    continue;
                }
                if (quote != 0 && ch == quote) {
                    quote = 0;
                    pos++;
                    continue;
                }
                if (ch == '\\') {
                    if (pos + 1 == n) {
                        pos++;
                        continue;
                    }
                    pos++;
                    ch = line.charAt(pos);
                }
                word.append(ch);
                pos++;
            }
            String w = word.toString();
            if (w.equals("--") && quote == 0 && !blankOk) {
                return new FlagSplit(flags, line.slice(GoText.skipSpace(line, pos, n), n));
            }
            if (blankOk || !w.isEmpty()) {
                flags.add(new RawFlag(line.slice(start, pos), w));
            }
        }
    }

    /** Builds a {@link Flag} from a scanned flag word, locating the value in the source. */
    static Flag toFlag(RawFlag raw) {
        String word = raw.word().substring(2);
        int eq = word.indexOf('=');
        String name = eq < 0 ? word : word.substring(0, eq);
        Optional<String> value = eq < 0 ? Optional.empty() : Optional.of(word.substring(eq + 1));
        LogicalText whole = raw.whole();
        int rawEq = whole.text().indexOf('=');
        Optional<dev.lashing.core.TextRange> valueRange = value.isPresent() && rawEq >= 0
                ? Optional.of(whole.sourceRange(rawEq + 1, whole.length()))
                : Optional.empty();
        return new Flag(whole.token(), name, value, valueRange);
    }

    /**
     * Splits like BuildKit's {@code parseWords}: white space separates words except inside quotes;
     * quotes stay in the words; the escape character keeps the following character with it.
     */
    static List<LogicalText> parseWords(LogicalText rest, char escape) {
        List<LogicalText> words = new ArrayList<>();
        LogicalText.Builder word = null;
        int n = rest.length();
        char quote = 0;
        boolean inQuote = false;
        boolean blankOk = false;
        int pos = 0;
        while (pos <= n) {
            if (word == null) {
                if (pos == n) {
                    break;
                }
                if (GoText.isSpace(rest.charAt(pos))) {
                    pos++;
                    continue;
                }
                word = new LogicalText.Builder();
            }
            if (pos == n) {
                if (blankOk || word.length() > 0) {
                    words.add(word.build(rest.sourceOffset(n)));
                }
                break;
            }
            char ch = rest.charAt(pos);
            if (!inQuote) {
                if (GoText.isSpace(ch)) {
                    if (blankOk || word.length() > 0) {
                        words.add(word.build(rest.sourceOffset(pos)));
                    }
                    word = null;
                    blankOk = false;
                    pos++;
                    continue;
                }
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                    blankOk = true;
                    inQuote = true;
                }
                if (ch == escape) {
                    if (pos + 1 == n) {
                        pos++;
                        continue;
                    }
                    word.append(ch, rest.sourceOffset(pos));
                    pos++;
                    ch = rest.charAt(pos);
                }
                word.append(ch, rest.sourceOffset(pos));
                pos++;
                continue;
            }
            if (ch == quote) {
                inQuote = false;
            }
            if (ch == escape && quote != '\'') {
                if (pos + 1 == n) {
                    inQuote = false;
                    pos++;
                    continue;
                }
                word.append(ch, rest.sourceOffset(pos));
                pos++;
                ch = rest.charAt(pos);
            }
            word.append(ch, rest.sourceOffset(pos));
            pos++;
        }
        return words;
    }

    /** Splits on runs of {@code [\t\v\f\r ]}, as BuildKit's {@code reWhitespace.Split(rest, -1)}. */
    static List<LogicalText> splitWhitespace(LogicalText rest) {
        List<LogicalText> out = new ArrayList<>();
        int n = rest.length();
        if (n == 0) {
            return out;
        }
        int start = 0;
        int i = 0;
        while (i < n) {
            if (GoText.isSplitSpace(rest.charAt(i))) {
                out.add(rest.slice(start, i));
                while (i < n && GoText.isSplitSpace(rest.charAt(i))) {
                    i++;
                }
                start = i;
            } else {
                i++;
            }
        }
        out.add(rest.slice(start, n));
        return out;
    }

    /** Splits into two at the first run of {@code [\t\v\f\r ]}, as {@code reWhitespace.Split(s, 2)}. */
    static List<LogicalText> splitWhitespaceOnce(LogicalText rest) {
        int n = rest.length();
        for (int i = 0; i < n; i++) {
            if (GoText.isSplitSpace(rest.charAt(i))) {
                int j = i;
                while (j < n && GoText.isSplitSpace(rest.charAt(j))) {
                    j++;
                }
                return List.of(rest.slice(0, i), rest.slice(j, n));
            }
        }
        return List.of(rest);
    }

    /**
     * Splits a line into shell-lexer words the way BuildKit looks for heredoc markers: white space
     * separates words outside quotes, quotes and backslash escapes are kept raw.
     */
    static List<LogicalText> shellWords(LogicalText line) {
        List<LogicalText> out = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && GoText.isSpace(line.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            char quote = 0;
            while (i < n) {
                char c = line.charAt(i);
                if (quote == 0 && GoText.isSpace(c)) {
                    break;
                }
                if (c == '\\' && quote != '\'' && i + 1 < n) {
                    i += 2;
                    continue;
                }
                if (quote == 0 && (c == '\'' || c == '"')) {
                    quote = c;
                } else if (quote != 0 && c == quote) {
                    quote = 0;
                }
                i++;
            }
            out.add(line.slice(start, i));
        }
        return out;
    }
}
