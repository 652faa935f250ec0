package dev.lashing.runtime.yaml;

import dev.lashing.core.InputError;
import dev.lashing.core.Location;
import java.util.Optional;

/** Input that is not acceptable YAML (syntax, limits), with where it went wrong when known. */
public final class YamlException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient InputError error;

    YamlException(InputError error) {
        super(error.message());
        this.error = error;
    }

    /** The error, with its file and location. */
    public InputError error() {
        return error;
    }

    /** Where it went wrong, when known. */
    public Optional<Location> location() {
        return error.location();
    }
}
