package dev.lashing.runtime.docker;

import dev.lashing.core.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the first simple command of a POSIX shell command line into words: single and double quotes,
 * backslash escapes, backslash-newline continuations, comments; redirections are skipped. Nothing is
 * expanded: a word holding {@code $VAR}, {@code ${VAR}}, {@code $(cmd)}, a backquote or a leading
 * {@code ~} is kept as written and marked (see {@link CommandArg#expansionAt()}).
 */
public final class ShellWords {

    /**
     * A problem found while splitting.
     *
     * @param range the offending text
     * @param message what is wrong
     */
    public record Problem(TextRange range, String message) {
    }

    /**
     * The words of the first command.
     *
     * @param words the words, in order
     * @param command the range from the first word to the end of the last one; empty when there are no words
     * @param problems unterminated quotes, here-documents, text after the first command
     */
    public record Split(List<CommandArg> words, TextRange command, List<Problem> problems) {

        /** Copies the lists. */
        public Split {
            words = List.copyOf(words);
            problems = List.copyOf(problems);
        }
    }

    private final String text;
    private int pos;
    private final List<CommandArg> words = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private ShellWords(String text) {
        this.text = text;
    }

    /** Splits the first command of {@code text}; never throws. */
    public static Split split(String text) {
        ShellWords s = new ShellWords(text);
        s.run();
        TextRange command = s.words.isEmpty() ? TextRange.at(0)
                : new TextRange(s.words.get(0).range().start(), s.words.get(s.words.size() - 1).range().end());
        return new Split(s.words, command, s.problems);
    }

    private void run() {
        while (pos < text.length()) {
            skipBlanks();
            if (pos >= text.length()) {
                return;
            }
            char c = text.charAt(pos);
            if (c == '#') {
                skipComment();
            } else if (c == '\n') {
                pos++;
                if (!words.isEmpty()) {
                    reportRest();
                    return;
                }
            } else if (c == '<' || c == '>' || c == '&' && peek(1) == '>') {
                skipRedirection();
            } else if (isControl(c)) {
                int at = pos;
                pos++;
                if (pos < text.length() && (text.charAt(pos) == c) && (c == '&' || c == '|' || c == ';')) {
                    pos++;
                }
                if (c == '(' || c == ')') {
                    problems.add(new Problem(new TextRange(at, at + 1), "subshells and groups are not read"));
                }
                reportRest();
                return;
            } else {
                readWord(true);
            }
        }
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000b';
    }

    private static boolean isControl(char c) {
        return c == ';' || c == '&' || c == '|' || c == '(' || c == ')';
    }

    private static boolean endsWord(char c) {
        return isBlank(c) || c == '\n' || isControl(c) || c == '<' || c == '>';
    }

    private void skipBlanks() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (isBlank(c)) {
                pos++;
            } else if (c == '\\' && continuationLength(pos) > 0) {
                pos += continuationLength(pos);
            } else {
                return;
            }
        }
    }

    /** The length of a backslash-newline (or backslash-CRLF) at {@code at}, or 0. */
    private int continuationLength(int at) {
        if (at + 1 < text.length() && text.charAt(at + 1) == '\n') {
            return 2;
        }
        if (at + 2 < text.length() && text.charAt(at + 1) == '\r' && text.charAt(at + 2) == '\n') {
            return 3;
        }
        return 0;
    }

    private void skipComment() {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            pos++;
        }
    }

    private void reportRest() {
        int start = pos;
        while (start < text.length()) {
            char c = text.charAt(start);
            if (isBlank(c) || c == '\n') {
                start++;
            } else if (c == '#') {
                int nl = text.indexOf('\n', start);
                start = nl < 0 ? text.length() : nl;
            } else {
                break;
            }
        }
        if (start < text.length()) {
            problems.add(new Problem(new TextRange(start, text.length()),
                    "only the first command is read; the text from here on is ignored (a line break ends a"
                            + " shell command: continue lines with a trailing backslash)"));
        }
        pos = text.length();
    }

    private void skipRedirection() {
        int at = pos;
        if (text.charAt(pos) == '&') {
            pos++;
        }
        boolean heredoc = text.startsWith("<<", pos) && !text.startsWith("<<<", pos);
        while (pos < text.length() && (text.charAt(pos) == '<' || text.charAt(pos) == '>'
                || text.charAt(pos) == '&' || text.charAt(pos) == '|' || text.charAt(pos) == '-')) {
            pos++;
        }
        if (heredoc) {
            problems.add(new Problem(new TextRange(at, pos), "here-documents are not read"));
            reportRest();
            return;
        }
        skipBlanks();
        if (pos < text.length() && !endsWord(text.charAt(pos)) && text.charAt(pos) != '#') {
            readWord(false);
        }
    }

    /** Reads one word at {@code pos}; keeps it when {@code keep}, else discards it (a redirection target). */
    private void readWord(boolean keep) {
        int start = pos;
        StringBuilder value = new StringBuilder();
        int expansionAt = -1;
        boolean quoted = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (endsWord(c)) {
                break;
            }
            if (c == '\\') {
                int cont = continuationLength(pos);
                if (cont > 0) {
                    pos += cont;
                } else if (pos + 1 < text.length()) {
                    value.append(text.charAt(pos + 1));
                    pos += 2;
                    quoted = true;
                } else {
                    value.append(c);
                    pos++;
                }
            } else if (c == '\'') {
                quoted = true;
                int close = text.indexOf('\'', pos + 1);
                if (close < 0) {
                    problems.add(new Problem(new TextRange(pos, pos + 1), "unterminated single quote"));
                    value.append(text, pos + 1, text.length());
                    pos = text.length();
                } else {
                    value.append(text, pos + 1, close);
                    pos = close + 1;
                }
            } else if (c == '"') {
                quoted = true;
                int e = readDoubleQuoted(value);
                if (expansionAt < 0 && e >= 0) {
                    expansionAt = e;
                }
            } else if (c == '$' || c == '`') {
                int before = value.length();
                if (readExpansion(value) && expansionAt < 0) {
                    expansionAt = before;
                }
            } else {
                if (c == '~' && value.length() == 0 && !quoted && expansionAt < 0) {
                    expansionAt = 0;
                }
                value.append(c);
                pos++;
            }
        }
        if (!keep) {
            return;
        }
        boolean ioNumber = !quoted && value.length() > 0 && pos < text.length()
                && (text.charAt(pos) == '<' || text.charAt(pos) == '>') && value.chars().allMatch(Character::isDigit);
        if (!ioNumber && pos > start) {
            words.add(new CommandArg(value.toString(), new TextRange(start, pos), expansionAt));
        }
    }

    /** Reads a double-quoted string at {@code pos}; returns the index in {@code value} of its first expansion. */
    private int readDoubleQuoted(StringBuilder value) {
        int open = pos;
        int expansionAt = -1;
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return expansionAt;
            }
            if (c == '\\' && pos + 1 < text.length()) {
                char n = text.charAt(pos + 1);
                int cont = continuationLength(pos);
                if (cont > 0) {
                    pos += cont;
                } else if (n == '$' || n == '`' || n == '"' || n == '\\') {
                    value.append(n);
                    pos += 2;
                } else {
                    value.append(c);
                    pos++;
                }
            } else if (c == '$' || c == '`') {
                int before = value.length();
                if (readExpansion(value) && expansionAt < 0) {
                    expansionAt = before;
                }
            } else {
                value.append(c);
                pos++;
            }
        }
        problems.add(new Problem(new TextRange(open, open + 1), "unterminated double quote"));
        return expansionAt;
    }

    /**
     * Reads {@code $...} or a backquoted command at {@code pos}, appending it as written; returns false when
     * the {@code $} is a literal dollar sign.
     */
    private boolean readExpansion(StringBuilder value) {
        int start = pos;
        char c = text.charAt(pos);
        if (c == '`') {
            pos++;
            while (pos < text.length() && text.charAt(pos) != '`') {
                pos += text.charAt(pos) == '\\' ? 2 : 1;
            }
            pos = Math.min(pos + 1, text.length());
        } else {
            char n = peek(1);
            if (n == '{') {
                int close = text.indexOf('}', pos + 2);
                pos = close < 0 ? text.length() : close + 1;
            } else if (n == '(') {
                pos = matchingParen(pos + 1);
            } else if (n == '\'') {
                pos += 2;
                while (pos < text.length() && text.charAt(pos) != '\'') {
                    pos += text.charAt(pos) == '\\' ? 2 : 1;
                }
                pos = Math.min(pos + 1, text.length());
            } else if (Character.isLetter(n) || n == '_') {
                pos++;
                while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                    pos++;
                }
            } else if (n != '\0' && "0123456789@*#?$!-".indexOf(n) >= 0) {
                pos += 2;
            } else {
                value.append('$');
                pos++;
                return false;
            }
        }
        value.append(text, start, Math.min(pos, text.length()));
        pos = Math.min(pos, text.length());
        return true;
    }

    /** The offset just past the parenthesis that closes the one at {@code open}, skipping quoted text. */
    private int matchingParen(int open) {
        int depth = 0;
        int i = open;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '\'') {
                int close = text.indexOf('\'', i + 1);
                i = close < 0 ? text.length() : close + 1;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
            i++;
        }
        return text.length();
    }
}
