package dev.lashing.core.suppress;

import dev.lashing.core.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recognises suppression comments. Hand-written scanning rather than a regular expression, so that
 * untrusted comments cannot cause pathological matching and every code keeps its exact range.
 */
public final class SuppressionParser {
    private SuppressionParser() {}

    /** The outcome: not a suppression, a directive, or a comment that looks like one but is malformed. */
    public sealed interface Result {}

    /** An ordinary comment. */
    public record NotADirective() implements Result {}

    /** A well-formed directive. */
    public record Parsed(SuppressionDirective directive) implements Result {}

    /** Starts like a directive ({@code lashing ...}) but cannot be read. */
    public record Malformed(String message, TextRange range) implements Result {}

    /**
     * Parses a comment whose text after {@code #} is {@code body}, starting at source offset
     * {@code bodyOffset}.
     */
    public static Result parse(String body, int bodyOffset) {
        Scanner s = new Scanner(body, bodyOffset);
        s.skipSpaces();
        SuppressionDirective.Origin origin;
        if (s.word("lashing")) {
            origin = SuppressionDirective.Origin.LASHING;
        } else if (s.word("hadolint")) {
            origin = SuppressionDirective.Origin.HADOLINT;
        } else {
            return new NotADirective();
        }
        if (!s.skipSpaces()) {
            return new NotADirective();
        }
        boolean global = false;
        if (s.word("global")) {
            global = true;
            s.skipSpaces();
        } else if (origin == SuppressionDirective.Origin.HADOLINT && s.word("stage")) {
            global = false;
            s.skipSpaces();
        }
        if (!s.word("ignore")) {
            return global ? malformed(origin, s, "expected 'ignore=' after 'global'") : new NotADirective();
        }
        s.skipSpaces();
        if (!s.next('=')) {
            return malformed(origin, s, "expected '=' after 'ignore'");
        }
        List<SuppressionDirective.Code> codes = new ArrayList<>();
        while (true) {
            s.skipSpaces();
            int start = s.pos;
            while (!s.atEnd() && isCodeChar(s.peek())) {
                s.pos++;
            }
            if (s.pos == start) {
                return malformed(origin, s, "expected a rule code");
            }
            codes.add(new SuppressionDirective.Code(body.substring(start, s.pos),
                    new TextRange(bodyOffset + start, bodyOffset + s.pos)));
            s.skipSpaces();
            if (!s.next(',')) {
                break;
            }
        }
        Optional<String> reason = Optional.empty();
        s.skipSpaces();
        if (!s.atEnd()) {
            if (origin == SuppressionDirective.Origin.LASHING && body.startsWith("--", s.pos)) {
                reason = Optional.of(body.substring(s.pos + 2).trim()).filter(r -> !r.isEmpty());
            } else if (origin == SuppressionDirective.Origin.HADOLINT && s.peek() == '#') {
                reason = Optional.of(body.substring(s.pos + 1).trim()).filter(r -> !r.isEmpty());
            } else {
                return malformed(origin, s, "unexpected text after the codes (write a reason after '"
                        + (origin == SuppressionDirective.Origin.LASHING ? "--" : "#") + "')");
            }
        }
        return new Parsed(new SuppressionDirective(origin, global, codes, reason,
                new TextRange(bodyOffset - 1, bodyOffset + body.length())));
    }

    private static Result malformed(SuppressionDirective.Origin origin, Scanner s, String message) {
        if (origin == SuppressionDirective.Origin.HADOLINT) {
            return new NotADirective();
        }
        int at = s.offset + Math.min(s.pos, s.text.length());
        return new Malformed(message, new TextRange(s.offset - 1, s.offset + s.text.length()).union(TextRange.at(at)));
    }

    private static boolean isCodeChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                || c == '.'; // docker-bench codes: CIS-DOCKER-5.5
    }

    private static final class Scanner {
        final String text;
        final int offset;
        int pos;

        Scanner(String text, int offset) {
            this.text = text;
            this.offset = offset;
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        char peek() {
            return text.charAt(pos);
        }

        boolean skipSpaces() {
            int start = pos;
            while (!atEnd() && (peek() == ' ' || peek() == '\t')) {
                pos++;
            }
            return pos > start;
        }

        boolean next(char c) {
            if (!atEnd() && peek() == c) {
                pos++;
                return true;
            }
            return false;
        }

        boolean word(String w) {
            if (text.startsWith(w, pos) && (pos + w.length() == text.length()
                    || !Character.isLetterOrDigit(text.charAt(pos + w.length())))) {
                pos += w.length();
                return true;
            }
            return false;
        }
    }
}
