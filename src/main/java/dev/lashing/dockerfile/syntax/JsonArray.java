package dev.lashing.dockerfile.syntax;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides, as BuildKit's {@code parseJSON} does, whether an argument text is a JSON array of
 * strings, and if so returns the strings with their places.
 */
final class JsonArray {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build();

    private JsonArray() {}

    /** The outcome: not JSON (shell form), JSON with a non-string element (an error), or strings. */
    sealed interface Result {}

    /** The text is not a JSON array: BuildKit treats it as shell form. */
    record NotJson() implements Result {}

    /** A JSON array that holds something other than strings: BuildKit rejects it. */
    record NotStrings() implements Result {}

    /** A JSON array of strings. */
    record Strings(List<Token> values) implements Result {}

    /** Parses {@code rest} (leading white space allowed). */
    static Result parse(LogicalText rest) {
        int start = GoText.skipSpace(rest, 0, rest.length());
        if (start >= rest.length() || rest.charAt(start) != '[') {
            return new NotJson();
        }
        String text = rest.text();
        List<Token> values = new ArrayList<>();
        boolean nonString = false;
        try (JsonParser p = FACTORY.createParser(text.substring(start))) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return new NotJson();
            }
            JsonToken t;
            int depth = 1;
            while (depth > 0) {
                t = p.nextToken();
                if (t == null) {
                    return new NotJson();
                }
                if (depth == 1 && t == JsonToken.VALUE_STRING) {
                    int from = start + (int) p.currentTokenLocation().getCharOffset();
                    String value = p.getText();
                    int to = start + (int) p.currentLocation().getCharOffset();
                    values.add(new Token(value, rest.sourceRange(from, Math.min(to, rest.length()))));
                    continue;
                }
                if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
                    depth++;
                    nonString = true;
                } else if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
                    depth--;
                } else if (depth == 1) {
                    nonString = true;
                }
            }
            if (p.nextToken() != null) {
                return new NotJson();
            }
        } catch (IOException | RuntimeException e) {
            return new NotJson();
        }
        return nonString ? new NotStrings() : new Strings(values);
    }

    /** The strings, when {@code result} is a string array. */
    static Optional<List<Token>> strings(Result result) {
        return result instanceof Strings s ? Optional.of(s.values()) : Optional.empty();
    }
}
