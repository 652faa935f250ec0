package dev.lashing.runtime.suppress;

import dev.lashing.runtime.model.SourceKind;

/** How a run-time input file writes comments, which decides where its suppressions can be. */
public enum Syntax {
    /** A compose file (or any YAML file of a compose project): comments. */
    YAML,
    /** A Kubernetes manifest: comments and the suppression annotations of workloads. */
    KUBERNETES,
    /** A systemd unit (Quadlet): {@code #} and {@code ;} comment lines. */
    UNIT,
    /** An env file ({@code env_file:}, {@code --env-file}, {@code EnvironmentFile=}, {@code .env}): {@code #} comment lines. */
    ENV,
    /** A command line: no comments, so no suppressions. */
    NONE;

    /** The syntax of the file that declares containers of {@code kind}. */
    public static Syntax declaring(SourceKind kind) {
        return switch (kind) {
            case COMPOSE -> YAML;
            case KUBERNETES -> KUBERNETES;
            case QUADLET -> UNIT;
            case DOCKER_RUN -> NONE;
        };
    }
}
