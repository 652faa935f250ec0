package dev.lashing.files;

import dev.lashing.core.InputError;
import java.util.List;

/** The files a discovery found, sorted by display path, and the arguments that named nothing readable. */
public record Discovered(List<InputFile> files, List<InputError> errors) {

    /** Copies the lists. */
    public Discovered {
        files = List.copyOf(files);
        errors = List.copyOf(errors);
    }
}
