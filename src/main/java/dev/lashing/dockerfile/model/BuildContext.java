package dev.lashing.dockerfile.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What lashing learnt about the build context of a Dockerfile (taken to be the Dockerfile's
 * directory): the ignore file in force, if any, and which sensitive entries present in the context
 * it does not exclude.
 *
 * @param ignoreFile the name of the ignore file in force ({@code Dockerfile.dockerignore} or
 *     {@code .dockerignore}), empty when there is none
 * @param notExcluded sensitive files or directories present in the context and not excluded by it
 * @param scripts the text of small shell scripts at the top of the context, by file name, so rules can
 *     look inside an entrypoint script the Dockerfile copies in
 */
public record BuildContext(Optional<String> ignoreFile, List<String> notExcluded, Map<String, String> scripts) {

    /** Copies the collections. */
    public BuildContext {
        notExcluded = List.copyOf(notExcluded);
        scripts = Map.copyOf(scripts);
    }

    /** Facts without any script text. */
    public BuildContext(Optional<String> ignoreFile, List<String> notExcluded) {
        this(ignoreFile, notExcluded, Map.of());
    }
}
