package dev.lashing.image.archive;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.core.Location;
import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import dev.lashing.image.oci.ImageConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON document pretty-printed for reports, with the range of every value indexed by JSON pointer
 * (RFC 6901); an object member's range runs from its key's opening quote to the end of its value.
 */
public final class JsonDocument implements ImageConfig.ConfigDocument {
    private final SourceFile source;
    private final Map<String, TextRange> ranges;

    private JsonDocument(SourceFile source, Map<String, TextRange> ranges) {
        this.source = source;
        this.ranges = Map.copyOf(ranges);
    }

    /** Pretty-prints {@code root} (Jackson's default printer, keys in input order) into a file shown as {@code path}. */
    public static JsonDocument of(JsonNode root, String path) {
        try {
            String text = Json.pretty(root);
            Map<String, TextRange> ranges = new HashMap<>();
            try (JsonParser p = Json.FACTORY.createParser(text)) {
                if (p.nextToken() != null) {
                    index(p, "", offset(p), ranges);
                }
            }
            return new JsonDocument(new SourceFile(path, text), ranges);
        } catch (IOException e) {
            throw new UncheckedIOException("re-reading JSON we printed ourselves failed", e);
        }
    }

    /** Escapes one reference token as RFC 6901 does ({@code ~} → {@code ~0}, {@code /} → {@code ~1}). */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** The pretty-printed text. */
    public SourceFile source() {
        return source;
    }

    /** The range of the value at {@code jsonPointer}, when it exists. */
    public Optional<TextRange> range(String jsonPointer) {
        return Optional.ofNullable(ranges.get(jsonPointer));
    }

    @Override
    public Location locate(String jsonPointer) {
        String pointer = jsonPointer == null ? "" : jsonPointer;
        while (!pointer.isEmpty()) {
            TextRange range = ranges.get(pointer);
            if (range != null) {
                return source.location(range);
            }
            pointer = pointer.substring(0, Math.max(pointer.lastIndexOf('/'), 0));
        }
        return source.location(ranges.getOrDefault("", new TextRange(0, source.text().length())));
    }

    /** Indexes the value whose first token is current, recorded from {@code start}; returns its end offset. */
    private static int index(JsonParser p, String pointer, int start, Map<String, TextRange> ranges)
            throws IOException {
        JsonToken token = p.currentToken();
        int end;
        if (token == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                int keyStart = offset(p);
                String name = p.currentName();
                p.nextToken();
                index(p, pointer + "/" + escape(name), keyStart, ranges);
            }
            end = offset(p) + 1;
        } else if (token == JsonToken.START_ARRAY) {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                index(p, pointer + "/" + i++, offset(p), ranges);
            }
            end = offset(p) + 1;
        } else {
            p.finishToken();
            end = (int) p.currentLocation().getCharOffset();
        }
        ranges.putIfAbsent(pointer, new TextRange(start, end));
        return end;
    }

    private static int offset(JsonParser p) {
        return (int) p.currentTokenLocation().getCharOffset();
    }
}
