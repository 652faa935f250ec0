package dev.lashing.runtime.model;

import dev.lashing.core.InputError;
import dev.lashing.core.SourceFile;
import java.util.List;

/**
 * What an adapter read from one input: the containers it found, in input order, and the errors on
 * the way (each with file, line and column where known). An adapter reports bad input as errors and
 * goes on with the rest; it never throws for bad input.
 *
 * @param sources the files read (several for merged compose files; a synthetic one for a command line)
 * @param containers the containers found
 * @param errors what could not be read
 */
public record Loaded(List<SourceFile> sources, List<ContainerSpec> containers, List<InputError> errors) {

    /** Copies the lists. */
    public Loaded {
        sources = List.copyOf(sources);
        containers = List.copyOf(containers);
        errors = List.copyOf(errors);
    }
}
