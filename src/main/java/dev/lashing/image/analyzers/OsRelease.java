package dev.lashing.image.analyzers;

import java.util.Objects;

/**
 * The distribution an image is built on, from its live {@code os-release} file or, failing that, from
 * {@code alpine-release}, {@code debian_version} or {@code redhat-release}. Fields are empty when unknown.
 *
 * @param id the lower-case distribution id ({@code debian}, {@code alpine}, {@code ubuntu}, ...)
 * @param versionId the release number ({@code 12}, {@code 3.20.3}, {@code 22.04})
 * @param versionCodename the release codename ({@code bookworm}), if any
 * @param prettyName the human-readable name
 * @param source the path the facts were read from, with a leading slash; empty when none was found
 */
public record OsRelease(String id, String versionId, String versionCodename, String prettyName, String source) {

    /** Checks fields. */
    public OsRelease {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(versionCodename, "versionCodename");
        Objects.requireNonNull(prettyName, "prettyName");
        Objects.requireNonNull(source, "source");
    }

    /** No distribution found (scratch, static distroless, or a stripped image). */
    public static OsRelease unknown() {
        return new OsRelease("", "", "", "", "");
    }

    /** True when a distribution was identified. */
    public boolean known() {
        return !id.isEmpty();
    }

    /** A short description for messages: the pretty name, else id and version. */
    public String describe() {
        if (!prettyName.isEmpty()) {
            return prettyName;
        }
        return (id + " " + versionId).trim();
    }
}
