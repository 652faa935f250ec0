package dev.lashing.runtime.compose;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to load, as {@code docker compose -f a.yml -f b.yml --env-file x --profile p} says it.
 *
 * @param files the compose files in order: later ones override earlier ones
 * @param environment the environment variables (the shell's): they win over {@code .env} entries
 * @param envFiles the {@code --env-file} files; empty for the {@code .env} file next to the first
 *     compose file (read when present)
 * @param activeProfiles the enabled profiles; when empty, {@code COMPOSE_PROFILES} from the variables
 *     decides, and services with profiles are left out unless one of theirs is enabled
 * @param includeAllProfiles report every service, whatever its profiles
 */
public record ComposeRequest(List<Path> files, Map<String, String> environment, List<Path> envFiles,
        Set<String> activeProfiles, boolean includeAllProfiles) {

    /** Copies and checks the fields. */
    public ComposeRequest {
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no compose file");
        }
        environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        envFiles = List.copyOf(envFiles);
        activeProfiles = Set.copyOf(activeProfiles);
    }

    /** The given files with no environment, the default {@code .env} and no profile. */
    public static ComposeRequest of(Path... files) {
        return new ComposeRequest(List.of(files), Map.of(), List.of(), Set.of(), false);
    }

    /** The same request with {@code environment}. */
    public ComposeRequest withEnvironment(Map<String, String> env) {
        return new ComposeRequest(files, env, envFiles, activeProfiles, includeAllProfiles);
    }

    /** The same request with {@code --env-file} files instead of the default {@code .env}. */
    public ComposeRequest withEnvFiles(List<Path> paths) {
        return new ComposeRequest(files, environment, paths, activeProfiles, includeAllProfiles);
    }

    /** The same request with these profiles enabled. */
    public ComposeRequest withProfiles(Set<String> profiles) {
        return new ComposeRequest(files, environment, envFiles, profiles, includeAllProfiles);
    }

    /** The same request reporting every service whatever its profiles. */
    public ComposeRequest withAllProfiles() {
        return new ComposeRequest(files, environment, envFiles, activeProfiles, true);
    }
}
