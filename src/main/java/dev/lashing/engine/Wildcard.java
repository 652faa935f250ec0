package dev.lashing.engine;

import dev.lashing.dockerfile.model.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A text in which every variable reference ({@code $NAME}, {@code ${...}}, {@code $1}, {@code $@}) stands
 * for any text: the literal pieces between the references must appear in order, the first at the start
 * and the last at the end. Matching is greedy over the pieces, so it is linear in practice and never
 * backtracks the way a regular expression with several {@code .*} can.
 */
final class Wildcard {
    private final List<String> pieces;

    private Wildcard(List<String> pieces) {
        this.pieces = List.copyOf(pieces);
    }

    /** The pattern of {@code text}: its literal pieces around the variable references. */
    static Wildcard of(String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int end = referenceEnd(text, i);
            if (end < 0) {
                literal.append(text.charAt(i++));
            } else {
                pieces.add(literal.toString());
                literal.setLength(0);
                i = end;
            }
        }
        pieces.add(literal.toString());
        return new Wildcard(pieces);
    }

    /** {@code text} with every plain {@code $NAME} and {@code ${NAME}} whose value {@code scope} knows replaced by it. */
    static String substitute(String text, Scope scope) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int end = referenceEnd(text, i);
            if (end < 0) {
                out.append(text.charAt(i++));
                continue;
            }
            String ref = text.substring(i, end);
            String name = ref.startsWith("${") ? ref.substring(2, ref.length() - 1) : ref.substring(1);
            Optional<String> value = isName(name) ? scope.value(name) : Optional.empty();
            out.append(value.orElse(ref));
            i = end;
        }
        return out.toString();
    }

    /** True when the text had at least one variable reference. */
    boolean hasVariables() {
        return pieces.size() > 1;
    }

    /** True when something besides variables and blanks is left to compare. */
    boolean hasLiteral() {
        return pieces.stream().anyMatch(p -> !p.isBlank());
    }

    /** True when {@code text} is the literal pieces with anything in place of the variables. */
    boolean matches(String text) {
        if (pieces.size() == 1) {
            return text.equals(pieces.get(0));
        }
        String first = pieces.get(0);
        String last = pieces.get(pieces.size() - 1);
        if (!text.startsWith(first) || !text.endsWith(last) || first.length() + last.length() > text.length()) {
            return false;
        }
        int at = first.length();
        int limit = text.length() - last.length();
        for (int p = 1; p < pieces.size() - 1; p++) {
            int found = text.indexOf(pieces.get(p), at);
            if (found < 0 || found + pieces.get(p).length() > limit) {
                return false;
            }
            at = found + pieces.get(p).length();
        }
        return true;
    }

    /** The end of the variable reference starting at {@code i}, or -1 when none starts there. */
    private static int referenceEnd(String text, int i) {
        if (text.charAt(i) != '$' || i + 1 >= text.length()) {
            return -1;
        }
        char c = text.charAt(i + 1);
        if (c == '{') {
            int depth = 0;
            for (int j = i + 1; j < text.length(); j++) {
                char d = text.charAt(j);
                if (d == '{') {
                    depth++;
                } else if (d == '}' && --depth == 0) {
                    return j + 1;
                }
            }
            return -1;
        }
        if (Character.isLetter(c) || c == '_') {
            int j = i + 1;
            while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                j++;
            }
            return j;
        }
        return Character.isDigit(c) || "@*#?!-".indexOf(c) >= 0 ? i + 2 : -1;
    }

    private static boolean isName(String name) {
        if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
            return false;
        }
        return name.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_');
    }
}
