package dev.lashing.image.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Bounded JSON reading for image blobs: size, nesting and string length limits, located errors. */
final class Json {
    /** The largest JSON blob (config, manifest, index, manifest.json) read: 8 MiB. */
    static final int MAX_BYTES = 8 << 20;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(MAX_BYTES)
                    .maxNumberLength(64)
                    .maxNameLength(64 * 1024)
                    .build())
            .build();

    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    /** Parses {@code bytes}, failing with the file, line and column of a syntax error. */
    static JsonNode read(byte[] bytes, String displayName) throws ImageException {
        checkSize(bytes.length, displayName);
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new ImageException(displayName + ": empty JSON document");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            throw new ImageException(displayName + where + ": malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ImageException(displayName + ": cannot read JSON: " + e.getMessage(), e);
        }
    }

    /** Refuses JSON blobs over {@link #MAX_BYTES}. */
    static void checkSize(long size, String displayName) throws ImageException {
        if (size > MAX_BYTES) {
            throw new ImageException(displayName + ": " + size + " bytes is larger than the " + MAX_BYTES
                    + "-byte limit for JSON documents");
        }
    }
}
