package dev.lashing.dockerfile.model;

import dev.lashing.dockerfile.syntax.User;
import dev.lashing.image.oci.ImageReference;
import java.util.Locale;
import java.util.Optional;

/** Who a stage's processes run as, and where that comes from. */
public sealed interface EffectiveUser {

    /**
     * A USER instruction decides: the last one of the stage or of a parent stage in this file.
     *
     * @param instruction the USER instruction
     * @param stage the stage it belongs to
     * @param value its expanded value, when every variable in it is known
     */
    record Explicit(User instruction, Stage stage, Optional<String> value) implements EffectiveUser {

        /** The user part (before {@code :}), when known. */
        public Optional<String> userPart() {
            return value.map(v -> v.indexOf(':') < 0 ? v : v.substring(0, v.indexOf(':')));
        }

        /** True when the user is known to be root ({@code root}, {@code 0}, with any group). */
        public boolean isRoot() {
            return userPart().map(u -> u.equals("root") || u.equals("0") || u.isEmpty()).orElse(false);
        }
    }

    /** No USER anywhere in the chain: the base image's configured user applies. */
    record FromImage(ImageReference image) implements EffectiveUser {

        /**
         * True for images known to run as a non-root user by default: distroless/Chainguard
         * {@code nonroot} tags and the unprivileged nginx image.
         */
        public boolean knownNonRoot() {
            String tag = image.tag().orElse("").toLowerCase(Locale.ROOT);
            String repo = image.repository().toLowerCase(Locale.ROOT);
            return tag.equals("nonroot") || tag.startsWith("nonroot-") || tag.endsWith("-nonroot")
                    || tag.contains(":nonroot") || repo.endsWith("nginx-unprivileged");
        }
    }

    /** {@code FROM scratch} without USER: processes run as uid 0. */
    record Root() implements EffectiveUser {}

    /** The base image is not known (unresolved or invalid FROM). */
    record Unknown(String reason) implements EffectiveUser {}
}
