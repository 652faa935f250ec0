package dev.lashing.image.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/**
 * Bounded JSON reading for image blobs: size, nesting and string length limits, located errors.
 *
 * <p>Trees are built from jackson-core's streaming parser with {@link JsonNodeFactory} and printed
 * with its generator, not through an {@code ObjectMapper}: setting up databind's mapper costs about
 * a tenth of a second at start-up, a third of lashing's own start-up time, for nothing a tree needs.
 */
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

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    /** Parses {@code bytes}, failing with the file, line and column of a syntax error. */
    static JsonNode read(byte[] bytes, String displayName) throws ImageException {
        checkSize(bytes.length, displayName);
        try (JsonParser p = FACTORY.createParser(bytes)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new ImageException(displayName + ": empty JSON document");
            }
            JsonNode node = value(p, first);
            if (p.nextToken() != null) {
                JsonLocation loc = p.currentTokenLocation();
                throw new ImageException(displayName + ":" + loc.getLineNr() + ":" + loc.getColumnNr()
                        + ": malformed JSON: trailing content after the document");
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

    /** The value starting at the parser's current token {@code t}. */
    private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    object.set(name, value(p, p.nextToken())); // a repeated key: the last wins
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    array.add(value(p, e));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new JsonParseException(p, "unexpected " + t);
        }
    }

    /** {@code node} printed with Jackson's default pretty printer, keys in their order. */
    static String pretty(JsonNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            write(g, node);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string failed", e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, JsonNode node) throws IOException {
        if (node.isObject()) {
            g.writeStartObject();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                g.writeFieldName(e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (JsonNode e : node) {
                write(g, e);
            }
            g.writeEndArray();
        } else if (node.isTextual()) {
            g.writeString(node.textValue());
        } else if (node.isIntegralNumber()) {
            g.writeNumber(node.bigIntegerValue());
        } else if (node.isNumber()) {
            g.writeNumber(node.doubleValue());
        } else if (node.isBoolean()) {
            g.writeBoolean(node.booleanValue());
        } else {
            g.writeNull();
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
