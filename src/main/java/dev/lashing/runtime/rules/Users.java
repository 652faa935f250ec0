package dev.lashing.runtime.rules;

import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Sourced;
import java.util.Locale;
import java.util.OptionalLong;

/** Reads the user a container runs as from its spec: numeric UID, root or not, or unknown. */
final class Users {
    private Users() {}

    /** The user part of {@code user:group}. */
    static String userPart(String user) {
        String u = user.strip();
        int colon = u.indexOf(':');
        return colon < 0 ? u : u.substring(0, colon);
    }

    /** The numeric UID the spec sets: Kubernetes runAsUser, or a numeric user part; empty when not known. */
    static OptionalLong uid(ContainerSpec spec) {
        if (spec.runAsUser().known().isPresent()) {
            return OptionalLong.of(spec.runAsUser().value());
        }
        if (spec.user().known().isPresent()) {
            String part = userPart(spec.user().value());
            if (!part.isEmpty() && part.length() <= 10 && part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return OptionalLong.of(Long.parseLong(part));
            }
        }
        return OptionalLong.empty();
    }

    /** The value that set the UID: Kubernetes runAsUser when known, else the user as written. */
    static Sourced<?> uidSource(ContainerSpec spec) {
        return spec.runAsUser().known().isPresent() ? spec.runAsUser() : spec.user();
    }

    /** True when the spec sets the user to root by name or UID 0. */
    static boolean isRoot(ContainerSpec spec) {
        OptionalLong uid = uid(spec);
        if (uid.isPresent()) {
            return uid.getAsLong() == 0;
        }
        return spec.user().known().map(u -> userPart(u).toLowerCase(Locale.ROOT).equals("root")).orElse(false);
    }

    /**
     * True when the spec guarantees a non-root user: a UID other than 0, a user name other than root, or
     * (Kubernetes) {@code runAsNonRoot: true}.
     */
    static boolean isNonRoot(ContainerSpec spec) {
        if (spec.runAsNonRoot().is(true)) {
            return true;
        }
        OptionalLong uid = uid(spec);
        if (uid.isPresent()) {
            return uid.getAsLong() != 0;
        }
        return spec.user().known().map(u -> !userPart(u).isEmpty()
                && !userPart(u).toLowerCase(Locale.ROOT).equals("root")).orElse(false);
    }
}
