package dev.lashing.image.archive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.image.oci.Digest;
import dev.lashing.image.oci.Healthcheck;
import dev.lashing.image.oci.HistoryEntry;
import dev.lashing.image.oci.ImageConfig;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Parses Docker and OCI image config blobs into {@link ImageConfig}; nulls and absent values become empty. */
public final class ImageConfigParser {
    private ImageConfigParser() {
    }

    /**
     * Parses a config blob; {@code displayName} names it in messages and, with {@code !config.json}
     * appended, is the path of the pretty-printed document findings point into.
     *
     * @throws ImageException on malformed JSON (with line and column), a config over 8 MiB, or an
     *     invalid diff ID
     */
    public static ImageConfig parse(byte[] json, String displayName) throws ImageException {
        JsonNode root = Json.read(json, displayName);
        if (!root.isObject()) {
            throw new ImageException(displayName + ": an image config must be a JSON object");
        }
        JsonNode config = root.path("config");
        List<Digest> diffIds = new ArrayList<>();
        JsonNode ids = root.path("rootfs").path("diff_ids");
        for (int i = 0; i < ids.size(); i++) {
            try {
                diffIds.add(Digest.parse(ids.get(i).isTextual() ? ids.get(i).asText() : null));
            } catch (IllegalArgumentException e) {
                throw new ImageException(displayName + ": invalid diff ID at /rootfs/diff_ids/" + i + ": "
                        + e.getMessage(), e);
            }
        }
        List<HistoryEntry> history = new ArrayList<>();
        for (JsonNode h : iterable(root.path("history"))) {
            history.add(new HistoryEntry(time(h.path("created")), text(h.path("created_by")),
                    text(h.path("comment")), h.path("empty_layer").asBoolean(false)));
        }
        return new ImageConfig(
                time(root.path("created")),
                text(root.path("os")),
                text(root.path("architecture")),
                text(root.path("variant")),
                text(config.path("User")),
                strings(config.path("Env")),
                strings(config.path("Entrypoint")),
                strings(config.path("Cmd")),
                text(config.path("WorkingDir")),
                keys(config.path("ExposedPorts")),
                keys(config.path("Volumes")),
                stringMap(config.path("Labels")),
                healthcheck(config.path("Healthcheck")),
                text(config.path("StopSignal")),
                diffIds,
                history,
                JsonDocument.of(root, displayName + "!config.json"));
    }

    private static Optional<Healthcheck> healthcheck(JsonNode node) {
        if (!node.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new Healthcheck(strings(node.path("Test")), node.path("Interval").asLong(0),
                node.path("Timeout").asLong(0), node.path("StartPeriod").asLong(0), node.path("Retries").asInt(0)));
    }

    /** Parses an RFC 3339 time; anything else (absent, null, malformed) is empty. */
    static Optional<Instant> time(JsonNode node) {
        if (!node.isTextual()) {
            return Optional.empty();
        }
        String s = node.asText().trim().toUpperCase(Locale.ROOT).replace(' ', 'T');
        try {
            return Optional.of(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asText() : "";
    }

    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isTextual()) {
            out.add(node.asText());
        }
        for (JsonNode item : iterable(node)) {
            if (item.isValueNode() && !item.isNull()) {
                out.add(item.asText());
            }
        }
        return out;
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(out::add);
        }
        return out;
    }

    static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                if (f.getValue().isValueNode() && !f.getValue().isNull()) {
                    out.put(f.getKey(), f.getValue().asText());
                }
            }
        }
        return out;
    }

    /** The elements of an array; nothing for any other node. */
    static Iterable<JsonNode> iterable(JsonNode node) {
        return node.isArray() ? node : List.of();
    }
}
