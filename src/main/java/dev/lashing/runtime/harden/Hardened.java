package dev.lashing.runtime.harden;

import dev.lashing.core.InputError;
import java.util.List;

/**
 * The hardened form of one input.
 *
 * @param original the input text
 * @param text the hardened text (equal to {@code original} when nothing needed changing)
 * @param notes what the spec cannot tell, prefixed with the container's name
 * @param errors the input errors met while reading it
 */
public record Hardened(String original, String text, List<String> notes, List<InputError> errors) {

    /** Copies the lists. */
    public Hardened {
        notes = List.copyOf(notes);
        errors = List.copyOf(errors);
    }

    /** True when the hardened text differs from the input. */
    public boolean changed() {
        return !original.equals(text);
    }
}
