package dev.lashing.runtime.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Compose variable interpolation on one value: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}},
 * {@code ${VAR-default}}, {@code ${VAR:?error}}, {@code ${VAR?error}}, {@code ${VAR:+alternative}},
 * {@code ${VAR+alternative}}, nested in defaults, and {@code $$} for a literal dollar. A value that
 * uses an unset variable without a default is unresolved (null), never guessed; a required variable
 * that is missing reports its message and leaves the value unresolved.
 */
final class Interpolator {
    /** Nesting of {@code ${...}} in defaults deeper than this is refused. */
    static final int MAX_NESTING = 50;

    private final Variables variables;
    private final Budget budget;

    Interpolator(Variables variables, Budget budget) {
        this.variables = variables;
        this.budget = budget;
    }

    /**
     * Interpolates {@code text}; problems (a required variable missing, a malformed expression) go to
     * {@code problems}. Returns the value, or null when it cannot be resolved.
     */
    String interpolate(String text, Consumer<String> problems) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        List<Part> parts;
        try {
            Parser p = new Parser(text);
            parts = p.parse(0, false);
        } catch (Malformed e) {
            problems.accept("invalid interpolation in \"" + clip(text) + "\": " + e.getMessage()
                    + " (write $$ for a literal $)");
            return null;
        }
        StringBuilder out = new StringBuilder();
        return evaluate(parts, out, problems) ? out.toString() : null;
    }

    private boolean evaluate(List<Part> parts, StringBuilder out, Consumer<String> problems) {
        boolean resolved = true;
        for (Part part : parts) {
            if (part instanceof Literal l) {
                append(out, l.text());
            } else if (part instanceof Var v) {
                resolved &= evaluate(v, out, problems);
            }
        }
        return resolved;
    }

    private boolean evaluate(Var v, StringBuilder out, Consumer<String> problems) {
        if (variables.isUnknown(v.name())) {
            return false;
        }
        String value = variables.get(v.name());
        boolean set = value != null;
        boolean nonEmpty = set && !value.isEmpty();
        switch (v.op()) {
            case "" -> {
                if (!set) {
                    return false;
                }
                append(out, value);
                return true;
            }
            case ":-", "-" -> {
                if (v.op().equals(":-") ? nonEmpty : set) {
                    append(out, value);
                    return true;
                }
                return evaluate(v.word(), out, problems);
            }
            case ":+", "+" -> {
                if (v.op().equals(":+") ? nonEmpty : set) {
                    return evaluate(v.word(), out, problems);
                }
                return true;
            }
            default -> { // ":?" and "?"
                if (v.op().equals(":?") ? nonEmpty : set) {
                    append(out, value);
                    return true;
                }
                StringBuilder message = new StringBuilder();
                boolean known = evaluate(v.word(), message, s -> { });
                String m = known ? message.toString() : "";
                problems.accept("required variable " + v.name() + " is missing a value"
                        + (m.isEmpty() ? "" : ": " + m));
                return false;
            }
        }
    }

    private void append(StringBuilder out, String s) {
        budget.spend(s.length() / 16 + 1);
        out.append(s);
    }

    private static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    private sealed interface Part permits Literal, Var {}

    private record Literal(String text) implements Part {}

    private record Var(String name, String op, List<Part> word) implements Part {}

    private static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /** A recursive-descent parser of one value; {@code pos} is where it stopped. */
    private static final class Parser {
        private final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        /** Parses up to the end, or (inside a default) up to an unmatched closing brace. */
        List<Part> parse(int depth, boolean inWord) throws Malformed {
            if (depth > MAX_NESTING) {
                throw new Malformed("nested more than " + MAX_NESTING + " levels deep");
            }
            List<Part> parts = new ArrayList<>();
            StringBuilder lit = new StringBuilder();
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '}' && inWord) {
                    break;
                }
                if (c != '$') {
                    lit.append(c);
                    pos++;
                    continue;
                }
                if (pos + 1 < s.length() && s.charAt(pos + 1) == '$') {
                    lit.append('$');
                    pos += 2;
                    continue;
                }
                if (lit.length() > 0) {
                    parts.add(new Literal(lit.toString()));
                    lit.setLength(0);
                }
                parts.add(variable(depth));
            }
            if (lit.length() > 0) {
                parts.add(new Literal(lit.toString()));
            }
            return parts;
        }

        private Var variable(int depth) throws Malformed {
            pos++; // the $
            if (pos < s.length() && s.charAt(pos) == '{') {
                pos++;
                String name = name();
                if (name.isEmpty()) {
                    throw new Malformed("a variable name must follow \"${\"");
                }
                if (pos >= s.length()) {
                    throw new Malformed("missing \"}\"");
                }
                char c = s.charAt(pos);
                if (c == '}') {
                    pos++;
                    return new Var(name, "", List.of());
                }
                String op;
                if (c == ':' && pos + 1 < s.length() && "-?+".indexOf(s.charAt(pos + 1)) >= 0) {
                    op = s.substring(pos, pos + 2);
                } else if ("-?+".indexOf(c) >= 0) {
                    op = String.valueOf(c);
                } else {
                    throw new Malformed("unsupported \"" + c + "\" after ${" + name);
                }
                pos += op.length();
                List<Part> word = parse(depth + 1, true);
                if (pos >= s.length()) {
                    throw new Malformed("missing \"}\"");
                }
                pos++; // the }
                return new Var(name, op, word);
            }
            String name = name();
            if (name.isEmpty()) {
                throw new Malformed(pos < s.length() ? "\"$" + s.charAt(pos) + "\" is not a variable"
                        : "a lone \"$\" at the end");
            }
            return new Var(name, "", List.of());
        }

        private String name() {
            int start = pos;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                boolean letter = c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
                if (!(letter || pos > start && c >= '0' && c <= '9')) {
                    break;
                }
                pos++;
            }
            return s.substring(start, pos);
        }
    }
}
