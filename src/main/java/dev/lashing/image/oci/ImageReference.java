package dev.lashing.image.oci;

import java.util.Locale;
import java.util.Optional;

/**
 * A container image reference, {@code [registry[:port]/]repository[:tag][@algorithm:digest]},
 * normalised as Docker does: no registry means {@code docker.io}, and a one-part repository on
 * Docker Hub lives under {@code library/}.
 *
 * @param original the text as written
 * @param registry the registry host (with port), {@code docker.io} by default
 * @param repository the repository path, e.g. {@code library/alpine}
 * @param tag the tag, if one is written
 * @param digest the digest ({@code sha256:...}), if one is written
 */
public record ImageReference(
        String original, String registry, String repository, Optional<String> tag, Optional<String> digest) {

    /** The default registry. */
    public static final String DOCKER_HUB = "docker.io";

    /** Parses a reference; fails with {@link IllegalArgumentException} on text that cannot be one. */
    public static ImageReference parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 4096) {
            throw new IllegalArgumentException("empty or oversized image reference");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == 127) {
                throw new IllegalArgumentException("image reference contains white space or control characters");
            }
        }
        String rest = text;
        Optional<String> digest = Optional.empty();
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = Optional.of(rest.substring(at + 1));
            rest = rest.substring(0, at);
            if (digest.get().indexOf(':') <= 0) {
                throw new IllegalArgumentException("digest must be algorithm:hex");
            }
        }
        Optional<String> tag = Optional.empty();
        int lastSlash = rest.lastIndexOf('/');
        int colon = rest.lastIndexOf(':');
        if (colon > lastSlash) {
            tag = Optional.of(rest.substring(colon + 1));
            rest = rest.substring(0, colon);
            if (tag.get().isEmpty()) {
                throw new IllegalArgumentException("empty tag");
            }
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("empty repository");
        }
        String registry = DOCKER_HUB;
        String repository = rest;
        int slash = rest.indexOf('/');
        if (slash > 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")
                    || !first.equals(first.toLowerCase(Locale.ROOT))) {
                registry = first;
                repository = rest.substring(slash + 1);
            }
        }
        if (registry.equals("index.docker.io") || registry.equals("registry-1.docker.io")) {
            registry = DOCKER_HUB;
        }
        if (registry.equals(DOCKER_HUB) && repository.indexOf('/') < 0) {
            repository = "library/" + repository;
        }
        if (repository.isEmpty() || repository.startsWith("/") || repository.endsWith("/") || repository.contains("//")) {
            throw new IllegalArgumentException("malformed repository path");
        }
        return new ImageReference(text, registry, repository, tag, digest);
    }

    /** Parses a reference, or returns empty when the text is not one. */
    public static Optional<ImageReference> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True for Docker Hub official images ({@code library/...}). */
    public boolean isOfficial() {
        return registry.equals(DOCKER_HUB) && repository.startsWith("library/");
    }

    /** The last path segment, e.g. {@code alpine} for {@code library/alpine}. */
    public String name() {
        int slash = repository.lastIndexOf('/');
        return slash < 0 ? repository : repository.substring(slash + 1);
    }

    /** The repository as users write it: without {@code docker.io/library/}. */
    public String familiarName() {
        if (registry.equals(DOCKER_HUB)) {
            return repository.startsWith("library/") ? repository.substring("library/".length()) : repository;
        }
        return registry + "/" + repository;
    }
}
