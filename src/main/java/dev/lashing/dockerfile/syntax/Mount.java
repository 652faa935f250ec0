package dev.lashing.dockerfile.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code RUN --mount=type=...,key=value,...} option. The value is split as BuildKit does (a CSV
 * record, keys case-insensitive); values are kept raw, since BuildKit expands build arguments in
 * them later.
 */
public record Mount(Flag flag, String type, Map<String, String> options) {

    /** Copies the map. */
    public Mount {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** Parses the flag's value; a missing {@code type} means {@code bind}. */
    public static Mount parse(Flag flag) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String field : splitCsv(flag.valueOrEmpty())) {
            int eq = field.indexOf('=');
            String key = (eq < 0 ? field : field.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : field.substring(eq + 1);
            if (!key.isEmpty()) {
                options.put(key, value);
            }
        }
        String type = options.getOrDefault("type", "bind").toLowerCase(Locale.ROOT);
        return new Mount(flag, type, options);
    }

    /** The mount point: {@code target}, {@code dst} or {@code destination}. */
    public Optional<String> target() {
        return first("target", "dst", "destination");
    }

    /** The source path: {@code source} or {@code src}. */
    public Optional<String> source() {
        return first("source", "src");
    }

    /** The {@code from} option: a stage or image the mount is taken from. */
    public Optional<String> from() {
        return first("from");
    }

    /** The {@code id} option (cache and secret mounts). */
    public Optional<String> id() {
        return first("id");
    }

    /** The value of option {@code key}, if present. */
    public Optional<String> option(String key) {
        return Optional.ofNullable(options.get(key.toLowerCase(Locale.ROOT)));
    }

    /** True for a cache or tmpfs mount, which keeps its content out of the image layer. */
    public boolean keepsContentOutOfLayer() {
        return type.equals("cache") || type.equals("tmpfs");
    }

    private Optional<String> first(String... keys) {
        for (String k : keys) {
            String v = options.get(k);
            if (v != null) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** Splits one CSV record (RFC 4180 quoting with {@code "}), as Go's encoding/csv reads it. */
    static List<String> splitCsv(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                continue;
            } else if (c == '"' && fieldStart) {
                quoted = true;
            } else {
                field.append(c);
            }
            fieldStart = false;
        }
        out.add(field.toString());
        return out;
    }
}
