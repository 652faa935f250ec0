package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.core.TextRange;
import dev.lashing.image.layer.LayerEntry;

/**
 * Where image rules report. Each method places the finding on the right kind of location and lets
 * the engine attach the layer, the history step that made it and whether it is in the base image.
 * Every method has a variant taking a severity other than the rule's default; a {@code null} severity
 * means the rule's default.
 */
public interface ImageFindingSink {

    /** A finding on a value of the image config, by JSON pointer (e.g. {@code /config/User}). */
    void config(String jsonPointer, String message, Severity severity);

    /** A finding on a file or directory of a layer (live in the merged view, or hidden by a later layer). */
    void file(LayerEntry entry, String message, Severity severity);

    /**
     * A finding inside a file's content: {@code text} is the content as read (decoded leniently),
     * {@code range} the part to point at (already safe to show: the engine never prints the range's
     * text for secrets, see {@code masked}); {@code masked} replaces the range's text in reports.
     */
    void content(LayerEntry entry, String text, TextRange range, String masked, String message, Severity severity);

    /** A finding on a history step (0-based index into the config's history). */
    void history(int historyIndex, String message, Severity severity);

    /** A finding on the image as a whole (size, layer count, age). */
    void image(String message, Severity severity);

    /**
     * Declares a secret value the rule found (in the config or history): the engine masks every
     * occurrence of it in every location shown, so reports never print it.
     */
    void mask(String secretValue);

    /** {@link #config(String, String, Severity)} with the rule's default severity. */
    default void config(String jsonPointer, String message) {
        config(jsonPointer, message, null);
    }

    /** {@link #file(LayerEntry, String, Severity)} with the rule's default severity. */
    default void file(LayerEntry entry, String message) {
        file(entry, message, null);
    }

    /** {@link #history(int, String, Severity)} with the rule's default severity. */
    default void history(int historyIndex, String message) {
        history(historyIndex, message, null);
    }

    /** {@link #image(String, Severity)} with the rule's default severity. */
    default void image(String message) {
        image(message, null);
    }
}
