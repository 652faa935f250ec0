package dev.lashing.runtime.kubernetes;

import dev.lashing.core.Location;
import dev.lashing.runtime.model.Sourced;

/**
 * A field of a manifest that holds a mapping ({@code securityContext}, {@code resources}): absent,
 * present, or unresolved (a template, or not a mapping), in which case every setting it could hold
 * is unresolved too. Reads return null for settings that are not set.
 */
final class Section {
    private final FieldReader reader;
    private final YamlMap map;
    private final Location at;
    private final String text;
    private final boolean unresolved;
    private final boolean template;

    private Section(FieldReader reader, YamlMap map, Location at, String text, boolean unresolved, boolean template) {
        this.reader = reader;
        this.map = map;
        this.at = at;
        this.text = text;
        this.unresolved = unresolved;
        this.template = template;
    }

    /** A field that is not written. */
    static Section absent(FieldReader reader) {
        return new Section(reader, null, null, "", false, false);
    }

    /** A field whose content cannot be known: a template ({@code template}), or a wrong type already reported. */
    static Section unresolved(FieldReader reader, Location at, String text, boolean template) {
        return new Section(reader, null, at, text, true, template);
    }

    /** A field holding {@code map}, written at {@code at} as {@code text}. */
    static Section of(FieldReader reader, YamlMap map, Location at, String text) {
        return new Section(reader, map, at, text, false, false);
    }

    /** True when the field is not written. */
    boolean isAbsent() {
        return map == null && !unresolved;
    }

    /** True when the field's content cannot be known. */
    boolean isUnresolved() {
        return unresolved;
    }

    /** True when the field is a template left unrendered (rather than a wrong type, which is reported). */
    boolean isTemplate() {
        return template;
    }

    /** The mapping, or null when absent or unresolved. */
    YamlMap map() {
        return map;
    }

    /** Where the field is written; null when absent. */
    Location location() {
        return at;
    }

    /** The field as written (its first line). */
    String text() {
        return text;
    }

    /** An unresolved value located at this field. */
    <T> Sourced<T> unknown() {
        return Sourced.unresolved(at, text);
    }

    /** A boolean setting of the mapping. */
    Sourced<Boolean> bool(String key) {
        return unresolved ? unknown() : map == null ? null : reader.bool(map, key);
    }

    /** An integer setting of the mapping. */
    Sourced<Long> integer(String key, long min, long max) {
        return unresolved ? unknown() : map == null ? null : reader.integer(map, key, min, max);
    }

    /** A string setting of the mapping. */
    Sourced<String> string(String key) {
        return unresolved ? unknown() : map == null ? null : reader.string(map, key);
    }

    /** A nested mapping. */
    Section section(String key) {
        return unresolved ? this : map == null ? this : reader.section(map, key);
    }

    /** A nested list. */
    Items items(String key) {
        return unresolved ? Items.unresolved(at, text, template) : map == null ? Items.ABSENT : reader.items(map, key);
    }
}
