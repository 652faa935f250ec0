package dev.lashing.runtime.docker;

import dev.lashing.core.InputError;
import dev.lashing.core.Location;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.SelinuxLabel;
import dev.lashing.runtime.model.Sourced;
import java.util.List;
import java.util.Set;

/**
 * {@code --security-opt} values: {@code no-new-privileges[=|:true|false]}, {@code seccomp=unconfined|PATH},
 * {@code apparmor=unconfined|NAME}, {@code label=disable|user:U|role:R|type:T|level:L} (also written with
 * {@code :}), {@code systempaths=unconfined}, and Podman's {@code mask=}, {@code unmask=}, {@code proc-opts=}.
 */
final class SecurityOpts {
    /** SELinux process types that run a container without SELinux separation. */
    private static final Set<String> UNCONFINED_TYPES = Set.of("spc_t", "unconfined_t");

    private SecurityOpts() {
    }

    /** A key and its value ({@code null} when none is written). */
    private record Opt(String key, String value) {
    }

    private static Opt split(String v) {
        int eq = v.indexOf('=');
        int colon = v.indexOf(':');
        int at = eq >= 0 ? eq : colon;
        return at < 0 ? new Opt(v, null) : new Opt(v.substring(0, at), v.substring(at + 1));
    }

    /** Applies one {@code --security-opt} value to {@code spec}. */
    static void apply(ContainerSpec.Builder spec, String v, RunDialect dialect, Location at, String text)
            throws BadValue {
        Opt o = split(v);
        String value = o.value();
        switch (o.key()) {
            case "no-new-privileges" ->
                spec.noNewPrivileges = Sourced.explicit(value == null || RunValues.bool(value), at, text);
            case "seccomp" -> spec.seccomp = Sourced.explicit(required(o, v).equals("builtin") ? "" : value, at, text);
            case "apparmor" -> spec.apparmor = Sourced.explicit(required(o, v), at, text);
            case "label" -> label(spec, required(o, v), dialect, at, text);
            case "systempaths" -> {
                if (!required(o, v).equals("unconfined")) {
                    throw new BadValue("invalid systempaths value \"" + value + "\": expected unconfined");
                }
                spec.unmaskedPaths = Sourced.explicit(true, at, text);
            }
            case "writable-cgroups" -> RunValues.bool(required(o, v));
            case "credentialspec" -> required(o, v);
            case "mask", "proc-opts" -> {
                if (dialect != RunDialect.PODMAN) {
                    throw invalid(v);
                }
                required(o, v);
            }
            case "unmask" -> {
                if (dialect != RunDialect.PODMAN) {
                    throw invalid(v);
                }
                required(o, v);
                spec.unmaskedPaths = Sourced.explicit(true, at, text);
            }
            default -> throw invalid(v);
        }
    }

    private static BadValue invalid(String v) {
        return new BadValue("invalid security option \"" + v + "\"");
    }

    private static String required(Opt o, String v) throws BadValue {
        if (o.value() == null || o.value().isEmpty()) {
            throw new BadValue("invalid security option \"" + v + "\": " + o.key() + " needs a value");
        }
        return o.value();
    }

    private static void label(ContainerSpec.Builder spec, String value, RunDialect dialect, Location at, String text)
            throws BadValue {
        if (value.equals("disable")) {
            spec.selinuxDisabled = Sourced.explicit(true, at, text);
            return;
        }
        if (value.equals("nested") && dialect == RunDialect.PODMAN) {
            return;
        }
        int colon = value.indexOf(':');
        String part = colon < 0 ? value : value.substring(0, colon);
        boolean podmanOnly = part.equals("filetype");
        if (colon < 0 || !Set.of("user", "role", "type", "level", "filetype").contains(part)
                || podmanOnly && dialect != RunDialect.PODMAN) {
            throw new BadValue("invalid label option \"" + value + "\": expected disable, user:, role:, type: or"
                    + " level:");
        }
        if (part.equals("type") && UNCONFINED_TYPES.contains(value.substring(colon + 1))) {
            spec.selinuxDisabled = Sourced.explicit(true, at, text);
        }
        if (!podmanOnly) {
            SelinuxLabel current = spec.selinuxLabel.known().orElse(SelinuxLabel.NONE);
            spec.selinuxLabel = Sourced.explicit(current.with(part, value.substring(colon + 1)), at, text);
        }
    }

    /**
     * Marks what an unresolved {@code --security-opt} sets as unresolved; {@code known} is the value's text
     * before the first expansion.
     */
    static void unresolved(ContainerSpec.Builder spec, String known, Location at, String text, List<InputError> errors) {
        int sep = known.indexOf('=') >= 0 ? known.indexOf('=') : known.indexOf(':');
        String key = sep < 0 ? "" : known.substring(0, sep);
        switch (key) {
            case "no-new-privileges" -> spec.noNewPrivileges = Sourced.unresolved(at, text);
            case "seccomp" -> spec.seccomp = Sourced.unresolved(at, text);
            case "apparmor" -> spec.apparmor = Sourced.unresolved(at, text);
            case "label" -> {
                spec.selinuxDisabled = Sourced.unresolved(at, text);
                spec.selinuxLabel = Sourced.unresolved(at, text);
            }
            case "systempaths", "unmask" -> spec.unmaskedPaths = Sourced.unresolved(at, text);
            case "mask", "proc-opts", "writable-cgroups", "credentialspec" -> {
            }
            default -> errors.add(InputError.at(at, "--security-opt depends on a shell expansion; which option it"
                    + " sets cannot be known"));
        }
    }
}
