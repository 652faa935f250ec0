package dev.lashing.dockerfile.syntax;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Quote removal and variable substitution as BuildKit's shell lexer performs them on ENV, ARG,
 * LABEL, FROM, COPY, WORKDIR, USER and friends: {@code $V}, {@code ${V}}, {@code ${V:-x}},
 * {@code ${V-x}}, {@code ${V:+x}}, {@code ${V+x}}, {@code ${V:?msg}}, {@code ${V?msg}},
 * {@code ${V#p}}, {@code ${V##p}}, {@code ${V%p}}, {@code ${V%%p}}, {@code ${V/p/r}},
 * {@code ${V//p/r}}.
 *
 * <p>Unlike BuildKit, which substitutes the empty string for anything it does not know, a lookup
 * here has three answers: a value, unset (BuildKit's empty string is then the truth) or unknown
 * (a build argument without default, or a variable an external base image may define). Anything
 * depending on an unknown variable makes the result unresolved; its text then keeps the original
 * reference in place. Hand-written because the grammar is BuildKit's own dialect of shell words.
 */
public final class VariableExpander {

    /** What a variable is bound to. */
    public sealed interface Binding {
        /** A known value. */
        record Value(String value) implements Binding {}

        /** Not set: BuildKit substitutes the empty string. */
        record Unset() implements Binding {}

        /** Possibly set, to a value we cannot know here. */
        record Unknown() implements Binding {}
    }

    /** Resolves variable names. */
    @FunctionalInterface
    public interface Lookup {
        /** The binding of {@code name}. */
        Binding lookup(String name);

        /** A lookup where nothing is set. */
        static Lookup none() {
            return name -> UNSET;
        }
    }

    static final Binding UNSET = new Binding.Unset();
    static final Binding UNKNOWN = new Binding.Unknown();

    /**
     * The outcome of expanding one word.
     *
     * @param value the expanded text; unresolved references are left as written
     * @param resolved true when every variable the value depends on was known or unset
     * @param unresolvedNames the unknown variables the value depends on
     * @param referencedNames every variable name the word refers to
     * @param error a syntax or {@code ${V:?}} error, as BuildKit would report it
     */
    public record Expansion(
            String value, boolean resolved, Set<String> unresolvedNames, Set<String> referencedNames,
            Optional<String> error) {

        /** The value when resolved. */
        public Optional<String> resolvedValue() {
            return resolved && error.isEmpty() ? Optional.of(value) : Optional.empty();
        }
    }

    private final char escape;
    private final Lookup lookup;
    private String s;
    private int pos;
    private boolean resolved;
    private final Set<String> unresolved = new LinkedHashSet<>();
    private final Set<String> referenced = new LinkedHashSet<>();
    private String error;

    private VariableExpander(char escape, Lookup lookup) {
        this.escape = escape;
        this.lookup = lookup;
    }

    /** Removes quotes and substitutes variables in {@code word}, with escape character {@code escape}. */
    public static Expansion expand(String word, char escape, Lookup lookup) {
        VariableExpander x = new VariableExpander(escape, lookup);
        x.s = word;
        x.pos = 0;
        x.resolved = true;
        String value;
        try {
            value = x.processUntil((char) 0);
        } catch (SyntaxError e) {
            x.error = e.getMessage();
            value = word;
        }
        return new Expansion(value, x.resolved, Set.copyOf(x.unresolved), Set.copyOf(x.referenced),
                Optional.ofNullable(x.error));
    }

    /** Removes quotes and escapes only; every variable reference is kept as written. */
    public static String unquote(String word, char escape) {
        return expand(word, escape, name -> UNKNOWN).value();
    }

    private static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    private boolean eof() {
        return pos >= s.length();
    }

    private char peek() {
        return s.charAt(pos);
    }

    private String processUntil(char stop) throws SyntaxError {
        StringBuilder out = new StringBuilder();
        while (!eof()) {
            char ch = peek();
            if (stop != 0 && ch == stop) {
                break;
            }
            if (ch == '\'') {
                out.append(singleQuoted());
            } else if (ch == '"') {
                out.append(doubleQuoted());
            } else if (ch == '$') {
                out.append(dollar());
            } else if (ch == escape) {
                pos++;
                if (eof()) {
                    break;
                }
                out.append(s.charAt(pos++));
            } else {
                out.append(ch);
                pos++;
            }
        }
        return out.toString();
    }

    private String singleQuoted() throws SyntaxError {
        pos++;
        int start = pos;
        while (!eof() && peek() != '\'') {
            pos++;
        }
        if (eof()) {
            throw new SyntaxError("unexpected end of statement while looking for matching single-quote");
        }
        String v = s.substring(start, pos);
        pos++;
        return v;
    }

    private String doubleQuoted() throws SyntaxError {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (eof()) {
                throw new SyntaxError("unexpected end of statement while looking for matching double-quote");
            }
            char ch = peek();
            if (ch == '"') {
                pos++;
                return out.toString();
            }
            if (ch == '$') {
                out.append(dollar());
                continue;
            }
            pos++;
            if (ch == escape) {
                if (eof()) {
                    continue;
                }
                char next = peek();
                if (next == '"' || next == '$' || next == escape) {
                    ch = next;
                    pos++;
                }
            }
            out.append(ch);
        }
    }

    private String name() {
        int start = pos;
        if (!eof() && Character.isDigit(peek())) {
            while (!eof() && Character.isDigit(peek())) {
                pos++;
            }
            return s.substring(start, pos);
        }
        if (!eof() && "@*#?-$!".indexOf(peek()) >= 0) {
            pos++;
            return s.substring(start, pos);
        }
        while (!eof() && (Character.isLetterOrDigit(peek()) || peek() == '_')) {
            pos++;
        }
        return s.substring(start, pos);
    }

    private Binding bind(String name) {
        referenced.add(name);
        Binding b = lookup.lookup(name);
        return b == null ? UNSET : b;
    }

    private String unknown(String name, String original) {
        resolved = false;
        unresolved.add(name);
        return original;
    }

    private String dollar() throws SyntaxError {
        int dollarAt = pos;
        pos++;
        if (eof() || peek() != '{') {
            String name = name();
            if (name.isEmpty()) {
                return "$";
            }
            Binding b = bind(name);
            if (b instanceof Binding.Value v) {
                return v.value();
            }
            if (b instanceof Binding.Unknown) {
                return unknown(name, s.substring(dollarAt, pos));
            }
            return "";
        }
        pos++;
        if (eof()) {
            throw new SyntaxError("syntax error: missing '}'");
        }
        char first = peek();
        if (first == '{' || first == '}' || first == ':') {
            throw new SyntaxError("syntax error: bad substitution");
        }
        String name = name();
        if (eof()) {
            throw new SyntaxError("syntax error: missing '}'");
        }
        char ch = s.charAt(pos++);
        Binding b = bind(name);
        switch (ch) {
            case '}' -> {
                return simple(name, b, dollarAt);
            }
            case ':' -> {
                if (eof()) {
                    throw new SyntaxError("syntax error: missing '}'");
                }
                char modifier = s.charAt(pos++);
                String word = wordUntilBrace();
                return modified(name, b, modifier, true, word, dollarAt);
            }
            case '-', '+', '?' -> {
                String word = wordUntilBrace();
                return modified(name, b, ch, false, word, dollarAt);
            }
            case '#', '%' -> {
                boolean longest = !eof() && peek() == ch;
                if (longest) {
                    pos++;
                }
                String pattern = wordUntilBrace();
                if (b instanceof Binding.Unknown) {
                    return unknown(name, s.substring(dollarAt, pos));
                }
                String value = b instanceof Binding.Value v ? v.value() : "";
                return ch == '#' ? Glob.removePrefix(value, pattern, longest) : Glob.removeSuffix(value, pattern, longest);
            }
            case '/' -> {
                boolean all = !eof() && peek() == '/';
                if (all) {
                    pos++;
                }
                String pattern = wordUntil('/');
                String replacement = "";
                if (!eof() && peek() == '/') {
                    pos++;
                    replacement = wordUntilBrace();
                } else {
                    expectBrace();
                }
                if (b instanceof Binding.Unknown) {
                    return unknown(name, s.substring(dollarAt, pos));
                }
                String value = b instanceof Binding.Value v ? v.value() : "";
                return Glob.replace(value, pattern, replacement, all);
            }
            default -> throw new SyntaxError("unsupported modifier (" + ch + ") in substitution");
        }
    }

    private String simple(String name, Binding b, int dollarAt) {
        if (b instanceof Binding.Value v) {
            return v.value();
        }
        if (b instanceof Binding.Unknown) {
            return unknown(name, s.substring(dollarAt, pos));
        }
        return "";
    }

    private String modified(String name, Binding b, char modifier, boolean colon, String word, int dollarAt)
            throws SyntaxError {
        if (modifier != '-' && modifier != '+' && modifier != '?') {
            throw new SyntaxError("unsupported modifier (" + modifier + ") in substitution");
        }
        if (b instanceof Binding.Unknown) {
            return unknown(name, s.substring(dollarAt, pos));
        }
        boolean set = b instanceof Binding.Value;
        String value = set ? ((Binding.Value) b).value() : "";
        boolean present = colon ? !value.isEmpty() : set;
        return switch (modifier) {
            case '-' -> present ? value : word;
            case '+' -> present ? word : "";
            default -> {
                if (!present) {
                    throw new SyntaxError(name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
                }
                yield value;
            }
        };
    }

    private String wordUntilBrace() throws SyntaxError {
        String w = processUntil('}');
        expectBrace();
        return w;
    }

    private String wordUntil(char stop) throws SyntaxError {
        StringBuilder out = new StringBuilder();
        while (!eof() && peek() != stop && peek() != '}') {
            if (peek() == escape && pos + 1 < s.length()) {
                pos++;
            }
            out.append(s.charAt(pos++));
        }
        return out.toString();
    }

    private void expectBrace() throws SyntaxError {
        if (eof() || peek() != '}') {
            throw new SyntaxError("syntax error: missing '}'");
        }
        pos++;
    }
}
