package dev.lashing.runtime.kubernetes;

import dev.lashing.runtime.model.SelinuxLabel;
import dev.lashing.runtime.model.Sourced;

/** Reads the settings pod and container security contexts share, in the model's spelling. */
final class SecurityContexts {
    /** The largest UID or GID Kubernetes accepts. */
    static final long MAX_ID = 2147483647L;

    private SecurityContexts() {
    }

    /** The shared settings of a {@code securityContext} (pod or container level). */
    static SecurityLevel read(Section sc, FieldReader reader) {
        if (sc.isAbsent()) {
            return SecurityLevel.NONE;
        }
        return new SecurityLevel(sc.integer("runAsUser", 0, MAX_ID), sc.integer("runAsGroup", 0, MAX_ID),
                sc.bool("runAsNonRoot"), profile(sc.section("seccompProfile"), "seccompProfile", reader),
                profile(sc.section("appArmorProfile"), "appArmorProfile", reader), selinux(sc.section("seLinuxOptions")),
                label(sc.section("seLinuxOptions")), sc.section("windowsOptions").bool("hostProcess"));
    }

    /**
     * Whether a {@code securityContext} is written with at least one setting, explicit at the field; null when
     * it is absent. {@code securityContext: {}} is written but empty: false.
     */
    static Sourced<Boolean> written(Section sc) {
        if (sc.isAbsent() || sc.isUnresolved()) {
            return sc.isAbsent() ? null : sc.unknown();
        }
        return Sourced.explicit(!sc.map().entries().isEmpty(), sc.location(), sc.text());
    }

    /** The parts of {@code seLinuxOptions}, located at the field; a part that is a template makes it unresolved. */
    private static Sourced<SelinuxLabel> label(Section options) {
        if (options.isAbsent() || options.isUnresolved()) {
            return options.isAbsent() ? null : options.unknown();
        }
        SelinuxLabel label = SelinuxLabel.NONE;
        for (String part : new String[] {"user", "role", "type", "level"}) {
            Sourced<String> v = options.string(part);
            if (v != null && v.isUnresolved()) {
                return options.unknown();
            }
            if (v != null) {
                label = label.with(part, v.value());
            }
        }
        return Sourced.explicit(label, options.location(), options.text());
    }

    /**
     * A {@code seccompProfile} or {@code appArmorProfile}: {@code RuntimeDefault} is {@code ""},
     * {@code Unconfined} is {@code unconfined}, {@code Localhost} is {@code localhost/<localhostProfile>}.
     */
    static Sourced<String> profile(Section profile, String what, FieldReader reader) {
        if (profile.isAbsent() || profile.isUnresolved()) {
            return profile.isAbsent() ? null : profile.unknown();
        }
        Sourced<String> type = profile.string("type");
        if (type == null) {
            reader.error(profile.location(), what + " needs a type (RuntimeDefault, Unconfined or Localhost)");
            return profile.unknown();
        }
        if (type.isUnresolved()) {
            return type;
        }
        switch (type.value()) {
            case "RuntimeDefault":
                return type.map(t -> "");
            case "Unconfined":
                return type.map(t -> "unconfined");
            case "Localhost":
                Sourced<String> local = profile.string("localhostProfile");
                if (local == null) {
                    reader.error(type.location().orElseThrow(), what + " of type Localhost needs a localhostProfile");
                    return Sourced.unresolved(type.location().orElseThrow(), type.text());
                }
                return local.isUnresolved() ? local
                        : Sourced.explicit("localhost/" + local.value(), type.location().orElseThrow(), type.text());
            default:
                reader.error(type.location().orElseThrow(), what + " type must be RuntimeDefault, Unconfined or "
                        + "Localhost, not \"" + Scalars.abbreviate(type.value()) + "\"");
                return Sourced.unresolved(type.location().orElseThrow(), type.text());
        }
    }

    /**
     * An AppArmor annotation value ({@code runtime/default}, {@code unconfined}, {@code localhost/name})
     * in the model's spelling; an invalid value is reported and unresolved.
     */
    static Sourced<String> apparmorAnnotation(Sourced<String> value, FieldReader reader) {
        if (value.isUnresolved()) {
            return value;
        }
        String v = value.value();
        if (v.equals("runtime/default")) {
            return value.map(x -> "");
        }
        if (v.equals("unconfined") || v.startsWith("localhost/") && v.length() > "localhost/".length()) {
            return value;
        }
        reader.error(value.location().orElseThrow(), "AppArmor annotation must be runtime/default, unconfined or "
                + "localhost/<profile>, not \"" + Scalars.abbreviate(v) + "\"");
        return Sourced.unresolved(value.location().orElseThrow(), value.text());
    }

    /** Whether {@code seLinuxOptions} switches SELinux separation off (type {@code spc_t}). */
    private static Sourced<Boolean> selinux(Section options) {
        if (options.isAbsent() || options.isUnresolved()) {
            return options.isAbsent() ? null : options.unknown();
        }
        Sourced<String> type = options.string("type");
        if (type == null) {
            return Sourced.explicit(false, options.location(), options.text()); // replaces the pod's options whole
        }
        return type.map(t -> t.equals("spc_t"));
    }
}
